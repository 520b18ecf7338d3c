import type { UnreadCount } from "../api/get-unread-count";

/** The number on the bell: "3", "20+" past a full page, nothing when all is read. */
export function unreadBadge(unread: UnreadCount | undefined): string | null {
  if (!unread || unread.count === 0) return null;
  return unread.more ? `${unread.count}+` : String(unread.count);
}

/** What a screen reader says of the bell: "Notifications" or "Notifications, 3 unread". */
export function bellLabel(unread: UnreadCount | undefined): string {
  const badge = unreadBadge(unread);
  return badge ? `Notifications, ${badge} unread` : "Notifications";
}
