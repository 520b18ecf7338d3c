/** One option of a select: the id it sends, the name it shows. */
export interface Choice {
  value: string;
  label: string;
}

/** The options of a select of chapters, categories or regions, in the order given. */
export function toChoices(items: readonly { id: string; name: string }[]): Choice[] {
  return items.map((item) => ({ value: item.id, label: item.name }));
}
