import { lazy, type ReactNode } from "react";
import { createBrowserRouter, type RouteObject } from "react-router";

import { NotFound } from "@/components/ui/not-found";

import { OrganizationLayout } from "./routes/organization-layout";
import { PublicRoot } from "./routes/public-root";
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
const DirectoryMember = lazy(() => import("@/features/directory/routes/directory-member"));
const Categories = lazy(() => import("@/features/categories/routes/categories"));
const Activity = lazy(() => import("@/features/audit/routes/activity"));
const MyProfile = lazy(() => import("@/features/profile/routes/profile"));
const Meetings = lazy(() => import("@/features/meetings/routes/meetings"));
const Meeting = lazy(() => import("@/features/meetings/routes/meeting"));
const MeetingAttendance = lazy(() => import("@/features/meetings/routes/attendance"));
const MyAttendance = lazy(() => import("@/features/meetings/routes/my-attendance"));
const MyReferrals = lazy(() => import("@/features/help/routes/my-referrals"));
const MyOneToOnes = lazy(() => import("@/features/help/routes/my-one-to-ones"));
const MyThankYous = lazy(() => import("@/features/help/routes/my-help"));
const Leaderboard = lazy(() => import("@/features/help/routes/leaderboard"));
const ChapterHelp = lazy(() => import("@/features/help/routes/chapter-help"));
const Visit = lazy(() => import("@/features/visitors/routes/visit"));
const Visitors = lazy(() => import("@/features/visitors/routes/visitors"));
const RegisterVisitor = lazy(() => import("@/features/visitors/routes/register-visitor"));
const Applications = lazy(() => import("@/features/applications/routes/applications"));
const Invitations = lazy(() => import("@/features/invitations/routes/invitations"));
const AcceptInvitation = lazy(() => import("@/features/invitations/routes/accept-invitation"));
const RosterFiles = lazy(() => import("@/features/roster/routes/roster-files"));
const Notifications = lazy(() => import("@/features/notifications/routes/notifications"));
const NotificationSettings = lazy(
  () => import("@/features/notifications/routes/notification-settings"),
);
const AppLayout = lazy(() => import("./shell/app-layout"));

const signedIn = (element: ReactNode) => <RequireAuth>{element}</RequireAuth>;

export const routes: RouteObject[] = [
  // For guests without an account (a chapter's visitor link): outside the signed-in app and
  // its session watch, so nobody is asked to log in.
  {
    element: <PublicRoot />,
    errorElement: <RouteError />,
    children: [
      { path: "/app/visit/:orgSlug/:token", element: <Visit /> },
      // An invitation link: shown signed out; the page itself asks who is signed in.
      { path: "/app/invitations/:orgSlug/:token", element: <AcceptInvitation /> },
    ],
  },
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
              { path: "directory/:memberId", element: <DirectoryMember /> },
              { path: "categories", element: <Categories /> },
              { path: "settings", element: <Settings /> },
              { path: "activity", element: <Activity /> },
              { path: "profile", element: <MyProfile /> },
              { path: "visitors", element: <Visitors /> },
              { path: "visitors/new", element: <RegisterVisitor /> },
              { path: "meetings", element: <Meetings /> },
              { path: "meetings/:meetingId", element: <Meeting /> },
              { path: "meetings/:meetingId/attendance", element: <MeetingAttendance /> },
              { path: "my-attendance", element: <MyAttendance /> },
              { path: "referrals", element: <MyReferrals /> },
              { path: "one-to-ones", element: <MyOneToOnes /> },
              { path: "thank-yous", element: <MyThankYous /> },
              { path: "my-help", element: <MyThankYous /> },
              { path: "leaderboard", element: <Leaderboard /> },
              { path: "applications", element: <Applications /> },
              { path: "invitations", element: <Invitations /> },
              { path: "chapters/:chapterId/roster-files", element: <RosterFiles /> },
              { path: "chapters/:chapterId/help", element: <ChapterHelp /> },
              { path: "notifications", element: <Notifications /> },
              { path: "notifications/settings", element: <NotificationSettings /> },
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
