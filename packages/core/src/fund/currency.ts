// ISO 4217 currencies a fund may hold, each with its minor-unit exponent (how many digits after the point):
// amounts are stored in minor units, so 1 USD is 100, 1 JPY is 1 and 1 KWD is 1000.
export const CURRENCIES = {
  USD: { exponent: 2, name: 'US dollar' },
  EUR: { exponent: 2, name: 'Euro' },
  GBP: { exponent: 2, name: 'Pound sterling' },
  CHF: { exponent: 2, name: 'Swiss franc' },
  JPY: { exponent: 0, name: 'Japanese yen' },
  CAD: { exponent: 2, name: 'Canadian dollar' },
  NOK: { exponent: 2, name: 'Norwegian krone' },
  SAR: { exponent: 2, name: 'Saudi riyal' },
  AED: { exponent: 2, name: 'UAE dirham' },
  QAR: { exponent: 2, name: 'Qatari riyal' },
  KWD: { exponent: 3, name: 'Kuwaiti dinar' },
  EGP: { exponent: 2, name: 'Egyptian pound' },
  UAH: { exponent: 2, name: 'Ukrainian hryvnia' },
} as const;

export type Currency = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as [Currency, ...Currency[]];

export function exponentOf(currency: Currency): number {
  return CURRENCIES[currency].exponent;
}

/** Minor units in words with the currency's own digits: formatMinor(1050n, 'USD') → "10.50 USD". */
export function formatMinor(amount: number, currency: Currency): string {
  const e = exponentOf(currency);
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(e + 1, '0');
  const whole = digits.slice(0, digits.length - e).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${e > 0 ? `${whole}.${digits.slice(-e)}` : whole} ${currency}`;
}

/**
 * A decimal as typed ("1,000.5") into minor units, or null when it is not a positive amount in the currency's
 * digits (a third decimal in USD is refused, not rounded) or would not be a safe integer.
 */
export function parseMajor(input: string, currency: Currency): number | null {
  const e = exponentOf(currency);
  const m = /^(\d{1,16})(?:\.(\d+))?$/.exec(input.trim().replaceAll(',', ''));
  if (!m) return null;
  const fraction = m[2] ?? '';
  if (fraction.length > e) return null;
  const minor = Number(`${m[1]}${fraction.padEnd(e, '0')}`);
  return Number.isSafeInteger(minor) && minor > 0 ? minor : null;
}
