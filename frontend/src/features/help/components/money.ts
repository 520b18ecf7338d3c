const PLAIN = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * A thank-you amount from the API ("1234.50") in the organization's currency when it is known
 * ("€1,234.50"), a plain number otherwise.
 */
export function formatAmount(amount: string, currency?: string): string {
  const value = Number(amount);
  if (!currency) return PLAIN.format(value);
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(value);
  } catch {
    // A code the browser does not know: the number, then the code.
    return `${PLAIN.format(value)} ${currency}`;
  }
}

export { toMoney } from "@/lib/money";
