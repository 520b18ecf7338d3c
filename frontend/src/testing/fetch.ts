import { vi } from "vitest";

type Reply = { status: number; body?: unknown } | ((request: Request) => { status: number; body?: unknown });

/**
 * Replace `fetch` with fixed answers keyed by "METHOD /path" (the query string ignored).
 * A request nobody expected fails the test loudly. Returns the spy to inspect calls.
 */
export function mockFetch(routes: Record<string, Reply>) {
  document.cookie = "csrftoken=test-csrf-token";
  const spy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname}`;
    const reply = routes[key];
    if (!reply) throw new Error(`Unexpected request: ${key}`);
    const { status, body } = typeof reply === "function" ? reply(request) : reply;
    return Promise.resolve(
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { "Content-Type": "application/json" },
      }),
    );
  });
  vi.stubGlobal("fetch", spy);
  return spy;
}

/** The JSON bodies sent to one "METHOD /path". */
export async function sentBodies(spy: ReturnType<typeof mockFetch>, key: string) {
  const bodies: unknown[] = [];
  for (const [input, init] of spy.mock.calls) {
    const request = input instanceof Request ? input : new Request(input, init);
    if (`${request.method} ${new URL(request.url).pathname}` === key) {
      bodies.push(await request.clone().json());
    }
  }
  return bodies;
}

/** Every request made, as "METHOD /path" with the headers it carried. */
export function requests(spy: ReturnType<typeof mockFetch>) {
  return spy.mock.calls.map(([input, init]) => {
    const request = input instanceof Request ? input : new Request(input, init);
    return { key: `${request.method} ${new URL(request.url).pathname}`, headers: request.headers };
  });
}

/** The query parameters sent to one "METHOD /path", one object per request. */
export function sentQueries(spy: ReturnType<typeof mockFetch>, key: string) {
  return spy.mock.calls.flatMap(([input, init]) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    return `${request.method} ${url.pathname}` === key
      ? [Object.fromEntries(url.searchParams.entries())]
      : [];
  });
}

/** GET /api/v1/me for "Ann Giver" in the "demo" organization, with the given scopes and seats. */
export function signedIn(scopes: string[], seats: unknown[] = [], role = "member") {
  return {
    status: 200,
    body: {
      id: "u1",
      email: "ann@demo.example.com",
      name: "Ann Giver",
      organizations: [
        { id: "o1", slug: "demo", name: "Demo Network", role, region: null, scopes, seats, leads: [] },
      ],
    },
  };
}
