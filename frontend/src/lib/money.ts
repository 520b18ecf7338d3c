// Money as a person types it. The field keeps the text exactly as typed ("-50", "abc"), the
// form refuses what is not an amount next to the field, and only an accepted amount is sent,
// as the API writes money ("1800.00"). Nothing is flipped, rounded away or erased.

export const ENTER_AMOUNT = "Enter the amount.";
export const NOT_NEGATIVE = "An amount cannot be negative.";
export const NOT_AN_AMOUNT = "Enter an amount in figures, like 1800 or 1,800.50.";

// Figures with an optional cents part; thousands may be grouped with commas ("1,800.50").
const AMOUNT = /^(\d+|\d{1,3}(,\d{3})+)(\.\d{1,2})?$/;

/** Why the text typed is not an amount, or null when it is one (or empty and optional). */
export function moneyError(text: string, { required = false } = {}): string | null {
  const typed = text.trim();
  if (!typed) return required ? ENTER_AMOUNT : null;
  if (/^[-−]/.test(typed)) return NOT_NEGATIVE;
  return AMOUNT.test(typed) ? null : NOT_AN_AMOUNT;
}

/** An accepted amount as the API writes it: "1,800.5" -> "1800.50". */
export function toMoney(value: number | string): string {
  return Number(String(value).trim().replaceAll(",", "")).toFixed(2);
}
