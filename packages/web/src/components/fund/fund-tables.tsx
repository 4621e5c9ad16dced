// A fund's balances per currency, donor and project, and its journal: every operation as its debit and credit
// lines. Amounts are shown in the currency's own digits; a payment above its pledges is marked as flagged.
import type { FundAnswer } from '@concord/core';
import { type Currency, formatMinor } from '@concord/core/fund';
import { UserText } from '../user-text.tsx';

const money = (amount: number, currency: string) => formatMinor(amount, currency as Currency);

const ACCOUNT_WORDS: Record<string, string> = {
  receivable: 'pledged, not yet paid',
  pledged: 'pledges',
  unpledged: 'paid above pledges',
  available: 'paid in, unallocated',
  allocated: 'allocated, not disbursed',
  disbursed: 'disbursed',
};

export function BalanceTables({ fund }: { fund: FundAnswer }) {
  const { currencies, donors, projects } = fund.balances;
  if (currencies.length === 0) return <p className="muted">Nothing has been pledged to this fund yet.</p>;
  return (
    <>
      <table className="fund-table" data-testid="fund-currencies">
        <caption>Totals per currency</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Pledged</th>
            <th scope="col">Paid in</th>
            <th scope="col">Unallocated</th>
            <th scope="col">Allocated, not disbursed</th>
            <th scope="col">Disbursed</th>
          </tr>
        </thead>
        <tbody>
          {currencies.map((c) => (
            <tr key={c.currency}>
              <th scope="row">{c.currency}</th>
              {[c.pledged, c.paid, c.available, c.allocated, c.disbursed].map((v, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={i}>{money(v, c.currency)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="fund-table" data-testid="fund-donors">
        <caption>Donors</caption>
        <thead>
          <tr>
            <th scope="col">Donor</th>
            <th scope="col">Pledged</th>
            <th scope="col">Paid</th>
            <th scope="col">Still owed</th>
            <th scope="col">Paid above pledges</th>
          </tr>
        </thead>
        <tbody>
          {donors.map((d) => (
            <tr key={`${d.donor}-${d.currency}`} className={d.overpaid > 0 ? 'fund-flagged' : undefined}>
              <th scope="row" dir="auto">
                <UserText text={d.name} />
              </th>
              <td>{money(d.pledged, d.currency)}</td>
              <td>{money(d.paid, d.currency)}</td>
              <td>{money(d.outstanding, d.currency)}</td>
              <td>{d.overpaid > 0 ? `⚑ ${money(d.overpaid, d.currency)}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="fund-table" data-testid="fund-projects">
        <caption>Projects</caption>
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Allocated</th>
            <th scope="col">Disbursed</th>
            <th scope="col">Remaining</th>
          </tr>
        </thead>
        <tbody>
          {projects.length === 0 ? (
            <tr>
              <td colSpan={4}>No money has been allocated to a project yet.</td>
            </tr>
          ) : null}
          {projects.map((p) => (
            <tr key={`${p.project}-${p.currency}`}>
              <th scope="row" dir="auto">
                <UserText text={p.name} />
              </th>
              <td>{money(p.allocated, p.currency)}</td>
              <td>{money(p.disbursed, p.currency)}</td>
              <td>{money(p.remaining, p.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function JournalTable({ fund }: { fund: FundAnswer }) {
  const byId = new Map(fund.operations.map((o) => [o.id, o]));
  return (
    <table className="fund-table fund-journal" data-testid="fund-journal">
      <caption>Journal (each operation’s debits equal its credits)</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Operation</th>
          <th scope="col">Account</th>
          <th scope="col">Debit</th>
          <th scope="col">Credit</th>
        </tr>
      </thead>
      <tbody>
        {fund.journal.flatMap((e) =>
          e.lines.map((l, i) => {
            const op = byId.get(e.operationId);
            return (
              <tr
                key={`${e.operationId}-${l.account}-${l.key}`}
                className={e.flagged ? 'fund-flagged' : undefined}
              >
                <td>{i === 0 ? e.on : ''}</td>
                <td>
                  {i === 0 ? (
                    <>
                      {e.kind}
                      {e.flagged ? ' ⚑ flagged: above its pledges' : ''}
                      {op?.kind === 'disbursement'
                        ? ` · commitment at ${op.statusFound ?? 'no status'} of 3, ${op.condition.minStatus} required`
                        : ''}
                    </>
                  ) : null}
                </td>
                <td>
                  {ACCOUNT_WORDS[l.account] ?? l.account}
                  {l.key ? ` · ${l.key}` : ''}
                </td>
                <td>{l.debit > 0 ? money(l.debit, e.currency) : ''}</td>
                <td>{l.credit > 0 ? money(l.credit, e.currency) : ''}</td>
              </tr>
            );
          }),
        )}
      </tbody>
    </table>
  );
}
