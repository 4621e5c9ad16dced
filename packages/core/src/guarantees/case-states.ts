// A case's state read back from its logged changes alone (what the log says happened, not a re-evaluation): open
// or closed, its outcome, and the step it waits in with that step's deadline. The read route and the finding
// command use it, so both see the case as the log has it.
import type { CaseChange } from './guarantee-case.ts';

export type LoggedCase<C extends { case: string; seq: number; change: CaseChange }> = {
  id: string;
  openedAt: string;
  status: 'open' | 'closed';
  outcome: string | null;
  pending: { step: string; deadline: string | null } | null;
  changes: C[];
};

export function caseStates<C extends { case: string; rule: string; seq: number; change: CaseChange }>(
  logged: readonly C[],
): (LoggedCase<C> & { rule: string })[] {
  const byCase = new Map<string, C[]>();
  for (const l of logged) byCase.set(l.case, [...(byCase.get(l.case) ?? []), l]);
  return [...byCase.entries()].map(([id, list]) => {
    const changes = [...list].sort((a, b) => a.seq - b.seq);
    let pending: { step: string; deadline: string | null } | null = null;
    let outcome: string | null = null;
    for (const { change } of changes) {
      if (change.kind === 'step-entered') pending = { step: change.step, deadline: change.deadline };
      if (change.kind === 'extended' && pending) pending = { ...pending, deadline: change.deadline };
      if (change.kind === 'closed') {
        pending = null;
        outcome = change.outcome;
      }
    }
    return {
      id,
      rule: changes[0]?.rule ?? '',
      openedAt: changes[0]?.change.at ?? '',
      status: outcome === null ? 'open' : 'closed',
      outcome,
      pending,
      changes,
    };
  });
}
