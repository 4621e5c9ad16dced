// What the fund's operation forms send: the typed amount in the currency's minor units, keys checked, or what is
// wrong in words (the server checks again; this spares a round trip and names the field plainly).
import { type Currency, parseMajor } from '@concord/core/fund';

export type OperationKind = 'pledge' | 'payment' | 'allocation' | 'disbursement';
export const FUND_KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** The request body, or what is wrong with the form in words. */
export function bodyOf(kind: OperationKind, f: Record<string, string>): Record<string, unknown> | string {
  const currency = (f.currency ?? 'USD') as Currency;
  const amount = parseMajor(f.amount ?? '', currency);
  if (amount === null)
    return `the amount must be a positive number in ${currency}, with at most its own decimals`;
  const base = { currency, amount, on: f.on };
  const key = (name: string) =>
    FUND_KEY.test(f[name] ?? '')
      ? null
      : `the ${name}’s short key must be lower-case letters, digits and hyphens`;
  if (kind === 'pledge')
    return key('donor') ?? { ...base, donor: f.donor, donorName: (f.donorName ?? '').trim() };
  if (kind === 'payment') return key('donor') ?? { ...base, donor: f.donor };
  if (kind === 'allocation')
    return key('project') ?? { ...base, project: f.project, projectName: (f.projectName ?? '').trim() };
  if (!f.commitmentId) return 'choose the commitment the disbursement waits on';
  return (
    key('project') ?? {
      ...base,
      project: f.project,
      condition: { commitmentId: f.commitmentId, minStatus: Number(f.minStatus) },
    }
  );
}
