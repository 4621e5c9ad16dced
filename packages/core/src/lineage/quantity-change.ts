// Quantity changes said in words, as a reader would put them: "peacetime cap: 600,000 → 800,000 personnel".
import type { Quantity } from '../schemas/common.ts';
import { normaliseText } from './words.ts';

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** "600,000 personnel", "100,000,000,000 USD". */
export function formatAmount(q: Pick<Quantity, 'value' | 'unit'>): string {
  return `${number(q.value)} ${q.unit}`;
}

// A description that already holds the number ("600,000 personnel") says nothing the amount does not.
const describe = (q: Quantity) => (q.text.trim() !== '' && !/\d/.test(q.text) ? `${q.text.trim()}: ` : '');

/**
 * Pairs the quantities of two wordings by unit (in order, for several of one unit) and says each change: a new
 * value, a quantity dropped, a quantity added. Equal amounts say nothing.
 */
export function quantityChanges(before: readonly Quantity[], after: readonly Quantity[]): string[] {
  const unit = (q: Quantity) => normaliseText(q.unit).toLowerCase();
  const left = [...before];
  const out: string[] = [];
  const added: Quantity[] = [];
  for (const q of after) {
    const same = left.findIndex((b) => unit(b) === unit(q) && b.value === q.value);
    const k = same >= 0 ? same : left.findIndex((b) => unit(b) === unit(q));
    if (k < 0) {
      added.push(q);
      continue;
    }
    const [was] = left.splice(k, 1) as [Quantity];
    if (was.value !== q.value)
      out.push(`${describe(q) || describe(was)}${number(was.value)} → ${formatAmount(q)}`);
  }
  for (const q of left) out.push(`${describe(q)}${formatAmount(q)} dropped`);
  for (const q of added) out.push(`${describe(q)}${formatAmount(q)} added`);
  return out;
}
