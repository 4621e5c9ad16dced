// Balances per donor, project and currency, read off the ledger's accounts (never kept separately, so they
// cannot drift from the journal).
import type { Currency } from './currency.ts';
import { heldBy, type LedgerState } from './ledger.ts';

export type DonorBalance = {
  donor: string;
  name: string;
  currency: Currency;
  pledged: number;
  paid: number;
  /** Pledged and not yet paid. */
  outstanding: number;
  /** Paid above the donor's pledges (each such payment is flagged). */
  overpaid: number;
};
export type ProjectBalance = {
  project: string;
  name: string;
  currency: Currency;
  allocated: number;
  disbursed: number;
  /** Allocated and not yet disbursed. */
  remaining: number;
};
export type CurrencyBalance = {
  currency: Currency;
  pledged: number;
  paid: number;
  /** Paid in and not yet allocated. */
  available: number;
  /** Allocated and not yet disbursed. */
  allocated: number;
  disbursed: number;
};
export type FundBalances = {
  donors: DonorBalance[];
  projects: ProjectBalance[];
  currencies: CurrencyBalance[];
};

function currenciesIn(state: LedgerState): Currency[] {
  const set = new Set<Currency>();
  for (const id of state.balances.keys()) set.add(id.slice(id.indexOf('|') + 1) as Currency);
  return [...set].sort();
}

export function fundBalances(state: LedgerState): FundBalances {
  const held = (kind: Parameters<typeof heldBy>[1]['kind'], key: string | null, c: Currency) =>
    heldBy(state, { kind, key }, c);
  const currencies = currenciesIn(state);
  const donors: DonorBalance[] = [];
  const projects: ProjectBalance[] = [];
  for (const currency of currencies) {
    for (const [donor, name] of state.donors) {
      const pledged = held('pledged', donor, currency);
      const outstanding = held('receivable', donor, currency);
      const overpaid = held('unpledged', donor, currency);
      if (pledged === 0 && overpaid === 0) continue;
      donors.push({
        donor,
        name,
        currency,
        pledged,
        paid: pledged - outstanding + overpaid,
        outstanding,
        overpaid,
      });
    }
    for (const [project, name] of state.projects) {
      const remaining = held('allocated', project, currency);
      const disbursed = held('disbursed', project, currency);
      if (remaining === 0 && disbursed === 0) continue;
      projects.push({ project, name, currency, allocated: remaining + disbursed, disbursed, remaining });
    }
  }
  const totals = currencies.map((currency) => {
    const mine = <T extends { currency: Currency }>(xs: T[]) => xs.filter((x) => x.currency === currency);
    const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);
    return {
      currency,
      pledged: sum(mine(donors), (d) => d.pledged),
      paid: sum(mine(donors), (d) => d.paid),
      available: held('available', null, currency),
      allocated: sum(mine(projects), (p) => p.remaining),
      disbursed: sum(mine(projects), (p) => p.disbursed),
    };
  });
  return { donors, projects, currencies: totals };
}
