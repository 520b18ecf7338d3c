import { lazy, type ReactNode } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";

import { NotFound } from "@/components/ui/not-found";

import { OrganizationLayout } from "./routes/organization-layout";
import { RequireAuth } from "./routes/require-auth";
import { RootLayout } from "./routes/root-layout";
import { RootRedirect } from "./routes/root-redirect";
import { RouteError } from "./routes/route-error";

// Every screen is its own chunk: the login page loads only what it shows.
const Login = lazy(() => import("@/features/auth/routes/login"));
const Signup = lazy(() => import("@/features/auth/routes/signup"));
const VerifyEmailNotice = lazy(() => import("@/features/auth/routes/verify-email-notice"));
const VerifyEmail = lazy(() => import("@/features/auth/routes/verify-email"));
const PasswordResetRequest = lazy(() => import("@/features/auth/routes/password-reset-request"));
const PasswordReset = lazy(() => import("@/features/auth/routes/password-reset"));
const Mfa = lazy(() => import("@/features/auth/routes/mfa"));
const Security = lazy(() => import("@/features/auth/routes/security"));
const Onboarding = lazy(() => import("@/features/organizations/routes/onboarding"));
const Dashboard = lazy(() => import("@/features/organizations/routes/dashboard"));
const Settings = lazy(() => import("@/features/organizations/routes/settings"));
const People = lazy(() => import("@/features/people/routes/people"));
const Regions = lazy(() => import("@/features/regions/routes/regions"));
const Chapters = lazy(() => import("@/features/chapters/routes/chapters"));
const Chapter = lazy(() => import("@/features/chapters/routes/chapter"));
const Directory = lazy(() => import("@/features/directory/routes/directory"));
const Categories = lazy(() => import("@/features/categories/routes/categories"));
const Activity = lazy(() => import("@/features/audit/routes/activity"));
const AppLayout = lazy(() => import("./shell/app-layout"));

const signedIn = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: "/", element: <RootRedirect /> },
      { path: "/app", element: <RootRedirect /> },
      {
        path: "/app/auth",
        children: [
          { path: "login", element: <Login /> },
          { path: "signup", element: <Signup /> },
          { path: "verify-email", element: <VerifyEmailNotice /> },
          { path: "verify-email/:key", element: <VerifyEmail /> },
          { path: "password/reset", element: <PasswordResetRequest /> },
          { path: "password/reset/:key", element: <PasswordReset /> },
          { path: "mfa", element: <Mfa /> },
          { path: "*", element: <NotFound /> },
        ],
      },
      { path: "/app/onboarding", element: signedIn(<Onboarding />) },
      {
        path: "/app",
        element: signedIn(<AppLayout />),
        children: [
          { path: "account/security", element: <Security /> },
          {
            path: ":orgSlug",
            element: <OrganizationLayout />,
            children: [
              { index: true, element: <Dashboard /> },
              { path: "people", element: <People /> },
              { path: "regions", element: <Regions /> },
              { path: "chapters", element: <Chapters /> },
              { path: "chapters/:chapterId", element: <Chapter /> },
              { path: "directory", element: <Directory /> },
              { path: "categories", element: <Categories /> },
              { path: "settings", element: <Settings /> },
              { path: "activity", element: <Activity /> },
              { path: "*", element: <NotFound /> },
            ],
          },
        ],
      },
      { path: "*", element: <NotFound /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
