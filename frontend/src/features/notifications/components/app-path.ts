/** A link the server gave is followed only when it is a path of this app, never elsewhere. */
export function isAppPath(link: string): boolean {
  return link.startsWith("/") && !link.startsWith("//");
}
