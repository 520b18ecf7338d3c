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
  /** A chapter's visitor link: guests register there without an account. */
  visit: (orgSlug: string, token: string) =>
    `/app/visit/${encodeURIComponent(orgSlug)}/${encodeURIComponent(token)}`,
  /** An invitation's emailed link: opens signed out too, and is accepted signed in. */
  invitation: (orgSlug: string, token: string) =>
    `/app/invitations/${encodeURIComponent(orgSlug)}/${encodeURIComponent(token)}`,
  organization: {
    dashboard: (slug: string) => `/app/${slug}`,
    people: (slug: string) => `/app/${slug}/people`,
    regions: (slug: string) => `/app/${slug}/regions`,
    chapters: (slug: string) => `/app/${slug}/chapters`,
    chapter: (slug: string, chapterId: string) =>
      `/app/${slug}/chapters/${encodeURIComponent(chapterId)}`,
    directory: (slug: string) => `/app/${slug}/directory`,
    directoryMember: (slug: string, memberId: string) =>
      `/app/${slug}/directory/${encodeURIComponent(memberId)}`,
    categories: (slug: string) => `/app/${slug}/categories`,
    settings: (slug: string) => `/app/${slug}/settings`,
    activity: (slug: string) => `/app/${slug}/activity`,
    profile: (slug: string) => `/app/${slug}/profile`,
    visitors: (slug: string) => `/app/${slug}/visitors`,
    visitorNew: (slug: string) => `/app/${slug}/visitors/new`,
    meetings: (slug: string, chapterId?: string) =>
      `/app/${slug}/meetings${chapterId ? `?chapter=${encodeURIComponent(chapterId)}` : ""}`,
    meeting: (slug: string, meetingId: string) =>
      `/app/${slug}/meetings/${encodeURIComponent(meetingId)}`,
    meetingAttendance: (slug: string, meetingId: string) =>
      `/app/${slug}/meetings/${encodeURIComponent(meetingId)}/attendance`,
    myAttendance: (slug: string) => `/app/${slug}/my-attendance`,
    referrals: (slug: string) => `/app/${slug}/referrals`,
    oneToOnes: (slug: string) => `/app/${slug}/one-to-ones`,
    thankYous: (slug: string) => `/app/${slug}/thank-yous`,
    myHelp: (slug: string) => `/app/${slug}/my-help`,
    leaderboard: (slug: string) => `/app/${slug}/leaderboard`,
    notifications: (slug: string) => `/app/${slug}/notifications`,
    notificationSettings: (slug: string) => `/app/${slug}/notifications/settings`,
    applications: (slug: string) => `/app/${slug}/applications`,
    invitations: (slug: string) => `/app/${slug}/invitations`,
    rosterFiles: (slug: string, chapterId: string) =>
      `/app/${slug}/chapters/${encodeURIComponent(chapterId)}/roster-files`,
    /** A chapter's month of help, for its leaders. */
    chapterHelp: (slug: string, chapterId: string) =>
      `/app/${slug}/chapters/${encodeURIComponent(chapterId)}/help`,
  },
} as const;
