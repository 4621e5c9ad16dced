// A process's guarantees as the caller may read them (they follow the process's audience): its rules, each case
// as the log has it (every change of state with its log index, the step it waits in and that step's deadline),
// the notifications and findings, and what the caller may do. A process the caller may not read is a 404.
import { abilities, type Principal } from '@concord/core';
import { caseStates, type Rule } from '@concord/core/guarantees';
import type {
  GuaranteeRules,
  LoggedCaseChange,
  LoggedFinding,
  LoggedNotification,
  Repositories,
} from '@concord/db';
import type { Clock } from './context.ts';
import { mustExist } from './lookups.ts';

export type CaseAnswer = {
  id: string;
  rule: string;
  ruleTitle: string;
  openedAt: string;
  status: 'open' | 'closed';
  outcome: string | null;
  pending: { step: string; title: string; deadline: string | null } | null;
  changes: (LoggedCaseChange & { stepTitle: string | null })[];
};

export type GuaranteesAnswer = {
  processId: string;
  asOf: string;
  rules: GuaranteeRules | null;
  cases: CaseAnswer[];
  notifications: LoggedNotification[];
  findings: LoggedFinding[];
  parties: { id: string; name: string }[];
  /** The tracked commitments the caller may read, by id, in words (`point 4: return all hostages…`). */
  commitments: Record<string, string>;
  may: { setRules: boolean; notify: boolean; recordFinding: boolean };
};

function stepTitle(rule: Rule | undefined, step: string | null): string | null {
  if (step === null) return null;
  return rule?.steps.find((s) => s.id === step)?.title ?? step;
}

export async function readGuarantees(
  reader: Repositories,
  principal: Principal | null,
  clock: Clock,
  processId: string,
): Promise<GuaranteesAnswer> {
  const process = await mustExist('process', processId, (id) => reader.processes.get(id));
  const rules = await reader.guarantees.rules(processId);
  const ruleOf = (id: string) => rules?.rules.rules.find((r) => r.id === id);
  const cases = caseStates(await reader.guarantees.changes(processId)).map((c): CaseAnswer => {
    const rule = ruleOf(c.rule);
    const changes = c.changes.map((l) => ({
      ...l,
      stepTitle: stepTitle(rule, 'step' in l.change ? l.change.step : null),
    }));
    const pending = c.pending && { ...c.pending, title: stepTitle(rule, c.pending.step) ?? c.pending.step };
    return { ...c, ruleTitle: rule?.title ?? c.rule, pending, changes };
  });
  cases.sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : a.id < b.id ? -1 : 1));
  const on = abilities(principal, 'process', { processId, audience: process.audience });
  const parties = (await reader.parties.listByProcess(processId)).map((p) => ({ id: p.id, name: p.name }));
  const commitments: Record<string, string> = {};
  for (const t of await reader.tracking.listByProcess(processId)) {
    const point = await reader.points.get(t.pointId);
    const action = t.action.length > 80 ? `${t.action.slice(0, 79)}…` : t.action;
    commitments[t.commitmentId] = point ? `point ${point.number}: ${action}` : action;
  }
  return {
    processId,
    asOf: clock().toISOString(),
    rules,
    cases,
    notifications: await reader.guarantees.notifications(processId),
    findings: await reader.guarantees.findings(processId),
    parties,
    commitments,
    may: {
      setRules: on['set-guarantee-rules'],
      notify: on['notify-guarantee'],
      recordFinding: on['record-guarantee-finding'],
    },
  };
}
