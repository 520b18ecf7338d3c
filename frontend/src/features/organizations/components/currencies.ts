// Currencies offered when creating an organization (ISO 4217). The back end accepts any
// ISO 4217 code; these are the common ones.
export const CURRENCY_CODES = [
  "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
  "RON", "BGN", "ISK", "TRY", "ILS", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "EGP", "MAD",
  "NGN", "KES", "GHS", "ZAR", "INR", "PKR", "BDT", "LKR", "NPR", "CNY", "HKD", "TWD", "JPY",
  "KRW", "SGD", "MYR", "THB", "IDR", "PHP", "VND", "MXN", "BRL", "ARS", "CLP", "COP", "PEN",
  "UYU", "JMD", "TTD",
] as const;

// The currency of the browser's region, for the countries whose currency is in the list.
const REGION_CURRENCY: Record<string, string> = {
  US: "USD", PR: "USD", EC: "USD", SV: "USD", PA: "USD",
  GB: "GBP", IE: "EUR", DE: "EUR", FR: "EUR", ES: "EUR", IT: "EUR", NL: "EUR", BE: "EUR",
  AT: "EUR", PT: "EUR", FI: "EUR", GR: "EUR", LU: "EUR", SK: "EUR", SI: "EUR", EE: "EUR",
  LV: "EUR", LT: "EUR", MT: "EUR", CY: "EUR", HR: "EUR",
  CA: "CAD", AU: "AUD", NZ: "NZD", CH: "CHF", LI: "CHF", SE: "SEK", NO: "NOK", DK: "DKK",
  PL: "PLN", CZ: "CZK", HU: "HUF", RO: "RON", BG: "BGN", IS: "ISK", TR: "TRY", IL: "ILS",
  AE: "AED", SA: "SAR", QA: "QAR", KW: "KWD", BH: "BHD", OM: "OMR", EG: "EGP", MA: "MAD",
  NG: "NGN", KE: "KES", GH: "GHS", ZA: "ZAR", IN: "INR", PK: "PKR", BD: "BDT", LK: "LKR",
  NP: "NPR", CN: "CNY", HK: "HKD", TW: "TWD", JP: "JPY", KR: "KRW", SG: "SGD", MY: "MYR",
  TH: "THB", ID: "IDR", PH: "PHP", VN: "VND", MX: "MXN", BR: "BRL", AR: "ARS", CL: "CLP",
  CO: "COP", PE: "PEN", UY: "UYU", JM: "JMD", TT: "TTD",
};

export const DEFAULT_CURRENCY = "USD";

/** The browser locale's currency when we know it ("en-GB" -> GBP), otherwise USD. */
export function browserCurrency(locale: string = navigator.language): string {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return (region && REGION_CURRENCY[region]) ?? DEFAULT_CURRENCY;
  } catch {
    return DEFAULT_CURRENCY;
  }
}

export function currencyOptions(
  extra?: string,
  locale: string = navigator.language,
): { value: string; label: string }[] {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, "en"], { type: "currency" });
  } catch {
    names = null;
  }
  const codes: string[] = [...CURRENCY_CODES];
  // An organization may already use a code outside the common list; keep it selectable.
  if (extra && !codes.includes(extra)) codes.unshift(extra);
  return codes.map((code) => {
    const name = names?.of(code);
    return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
  });
}
