// A fund as read: its stored operations replayed through the ledger, giving the balances and the journal. The
// log only holds operations the ledger accepted, so a replay that refuses one means the log and the ledger's
// rules disagree: that is thrown, never hidden.
import type { FundAnswer, FundEntry } from '../schemas/fund.ts';
import { fundBalances } from './balances.ts';
import { replay, toOperation } from './ledger.ts';

export function fundView(fund: FundEntry): FundAnswer {
  const { state, refused } = replay(fund.operations.map(toOperation));
  if (refused.length > 0) {
    const first = refused[0];
    throw new Error(`fund ${fund.id}: logged operation ${first?.operation.id} refused (${first?.invariant})`);
  }
  const journal = state.journal.map((e) => ({
    ...e,
    lines: e.lines.map((l) => ({
      account: l.account.kind,
      key: l.account.key,
      debit: l.debit,
      credit: l.credit,
    })),
  }));
  return { ...fund, balances: fundBalances(state), journal };
}
