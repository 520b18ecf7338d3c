import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { createMemoryRouter, RouterProvider, type RouteObject } from "react-router";

import { theme } from "@/config/theme";
import { FloatingLayerProvider } from "@/lib/floating-layer";
import { GiveProvider } from "@/lib/give";
import { createQueryClient } from "@/lib/react-query";

/** Render routes at a URL with the app's providers (no retries, fresh cache). */
export function renderRoutes(routes: RouteObject[], url: string) {
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup({ delay: null });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        {/* As the organization's pages have them (the organization layout sets its own). */}
        <GiveProvider enabled>
          <FloatingLayerProvider>
            <RouterProvider router={router} />
          </FloatingLayerProvider>
        </GiveProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...view, router, queryClient, user };
}

/** Render one element at `url` (default "/"). */
export function renderWithProviders(element: ReactNode, url = "/") {
  return renderRoutes([{ path: "*", element }], url);
}
