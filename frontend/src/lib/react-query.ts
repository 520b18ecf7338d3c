import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";

import { AllauthError } from "@/lib/allauth/client";
import { ApiError } from "@/lib/api/errors";
import { isSessionEnded } from "@/lib/auth/session";
import { notifySessionEnded } from "@/lib/auth/session-events";

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx answer will not change by asking again; a dropped connection or a 5xx may.
  if (error instanceof ApiError || error instanceof AllauthError) {
    if (error.status < 500) return false;
  }
  return failureCount < 2;
}

export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isSessionEnded(error)) notifySessionEnded();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
