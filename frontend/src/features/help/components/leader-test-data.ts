import { meWithSeat } from "./test-data";

/** /me for the vice president of chapter c1, who holds a seat there (m9), for tests. */
export function meLeading() {
  const me = meWithSeat();
  const lead = {
    chapter: "c1",
    chapter_name: "Downtown",
    roles: ["vice_president"],
    scopes: ["members:write"],
  };
  const organizations = me.body.organizations.map((membership) => ({
    ...membership,
    leads: [lead],
  }));
  return { ...me, body: { ...me.body, organizations } };
}
