// The django-allauth headless API, browser client: session cookie plus CSRF header.
// Only the endpoints and fields the app uses are typed here.
import { csrfToken, isUnsafeMethod } from "@/lib/csrf";

const BASE = "/_allauth/browser/v1";

export interface Flow {
  id: string;
  is_pending?: boolean;
  types?: string[];
}

export interface AllauthFieldError {
  code: string;
  message: string;
  param?: string;
}

export interface AllauthUser {
  id: string | number;
  display: string;
  email?: string;
  has_usable_password: boolean;
}

export interface AllauthBody<D = unknown, M = unknown> {
  status: number;
  data?: D;
  meta?: M;
  errors?: AllauthFieldError[];
}

export interface AuthMeta {
  is_authenticated?: boolean;
}

export interface AuthData {
  user?: AllauthUser;
  flows?: Flow[];
}

/** A non-2xx answer of the auth API. 401s carry the flows that can continue. */
export class AllauthError extends Error {
  readonly status: number;
  readonly path: string;
  readonly body: AllauthBody<AuthData, AuthMeta & Record<string, unknown>>;

  constructor(status: number, path: string, body: unknown) {
    const parsed = (typeof body === "object" && body !== null ? body : { status }) as AllauthBody<
      AuthData,
      AuthMeta & Record<string, unknown>
    >;
    super(parsed.errors?.[0]?.message ?? `Request failed (${status}).`);
    this.name = "AllauthError";
    this.status = status;
    this.path = path;
    this.body = parsed;
  }

  get flows(): Flow[] {
    return this.body.data?.flows ?? [];
  }

  /** The flow the person is in the middle of (e.g. `mfa_authenticate`), if any. */
  get pendingFlow(): string | null {
    return this.flows.find((flow) => flow.is_pending)?.id ?? null;
  }

  get fieldErrors(): AllauthFieldError[] {
    return this.body.errors ?? [];
  }
}

export async function allauth<D = unknown, M = unknown>(
  method: "GET" | "POST" | "DELETE" | "PUT",
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<AllauthBody<D, M>> {
  const headers = new Headers({ Accept: "application/json", ...extraHeaders });
  if (body !== undefined) headers.set("Content-Type", "application/json");
  if (isUnsafeMethod(method)) {
    const token = await csrfToken();
    if (token) headers.set("X-CSRFToken", token);
  }
  const response = await fetch(new URL(BASE + path, window.location.origin), {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // An error page from a proxy or a crashed server is not JSON: keep just the status.
  const parsed: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new AllauthError(response.status, path, parsed);
  return parsed as AllauthBody<D, M>;
}
