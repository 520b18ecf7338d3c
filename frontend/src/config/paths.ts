// Every URL the app links to, in one place. The back end links emails to the auth ones.
export const paths = {
  home: "/",
  auth: {
    login: "/app/auth/login",
    signup: "/app/auth/signup",
    verifyEmailNotice: "/app/auth/verify-email",
    verifyEmail: (key: string) => `/app/auth/verify-email/${encodeURIComponent(key)}`,
    passwordReset: "/app/auth/password/reset",
    passwordResetKey: (key: string) => `/app/auth/password/reset/${encodeURIComponent(key)}`,
    mfa: "/app/auth/mfa",
  },
  onboarding: "/app/onboarding",
  account: {
    security: "/app/account/security",
  },
  organization: {
    dashboard: (slug: string) => `/app/${slug}`,
    people: (slug: string) => `/app/${slug}/people`,
    regions: (slug: string) => `/app/${slug}/regions`,
    chapters: (slug: string) => `/app/${slug}/chapters`,
    chapter: (slug: string, chapterId: string) =>
      `/app/${slug}/chapters/${encodeURIComponent(chapterId)}`,
    directory: (slug: string) => `/app/${slug}/directory`,
    categories: (slug: string) => `/app/${slug}/categories`,
    settings: (slug: string) => `/app/${slug}/settings`,
    activity: (slug: string) => `/app/${slug}/activity`,
  },
} as const;
