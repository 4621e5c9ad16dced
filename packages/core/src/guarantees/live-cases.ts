// The rules run in the platform: the process's records as a timeline, and what the log still lacks of the cases
// that timeline gives at the clock. Evaluation is deterministic and a later clock only adds to what an earlier
// one gave, so a runner that appends exactly the missing changes (numbered within their case) can run as often
// as it likes — on every write, on a timer, at start after a stop — and each change is logged once.
import { evaluateRules } from './evaluate-rules.ts';
import type { CaseChange, Evaluation } from './guarantee-case.ts';
import type { FindingRecord, NotificationRecord } from './live-records.ts';
import type { RulesFile } from './rules-file.ts';
import type { TimelineEvent, TimelineFile } from './timeline-file.ts';

export type DatedNotification = NotificationRecord & { at: string };

export type PlatformFacts = {
  /** Incidents with their verification moves (monitoring/guarantee-timeline.ts). */
  incidents: TimelineEvent[];
  /** Tracked commitments' statuses (implementation/view.ts `commitmentTimeline`), obligors as written. */
  commitments: TimelineEvent[];
  notifications: DatedNotification[];
  findings: FindingRecord[];
  /** Party names by id: an obligor written as a party's id is read by its name, as rules name parties. */
  partyNames: ReadonlyMap<string, string>;
};

export function platformTimeline(facts: PlatformFacts): TimelineFile {
  const named = (who: string) => facts.partyNames.get(who) ?? who;
  const events: TimelineEvent[] = [
    ...facts.incidents,
    ...facts.commitments.map((e) => (e.type === 'commitment' ? { ...e, obligor: named(e.obligor) } : e)),
    ...facts.notifications.map(
      (n): TimelineEvent => ({
        type: 'notification',
        id: `n-${n.id}`,
        at: n.at,
        note: n.note,
        by: [n.by],
        ...(n.against ? { against: n.against } : {}),
      }),
    ),
    ...facts.findings.map(
      (f): TimelineEvent => ({
        type: 'decision',
        id: `f-${f.id}`,
        at: f.decidedAt,
        note: '',
        case: f.case,
        step: f.step,
        outcome: f.outcome,
      }),
    ),
  ];
  return { format: 'concord.timeline/1', title: '', events };
}

/** A change already in the log. */
export type LoggedChange = { case: string; seq: number; change: CaseChange };
export type NewChange = { case: string; rule: string; seq: number; change: CaseChange };
export type Divergence = { case: string; reason: string };
export type Reconciliation = {
  evaluation: Evaluation;
  append: NewChange[];
  /** Cases whose logged changes no longer match what the records give: nothing more is appended to them. */
  diverged: Divergence[];
  /** The earliest deadline after the clock of a case still open: when the runner must look again. */
  nextDeadline: string | null;
};

// jsonb does not keep key order: changes are compared with their keys sorted.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function reconcileCases(
  rules: RulesFile,
  timeline: TimelineFile,
  logged: readonly LoggedChange[],
  clock: Date,
): Reconciliation {
  const evaluation = evaluateRules(rules, timeline, { clock: clock.toISOString() });
  const byCase = new Map<string, LoggedChange[]>();
  for (const l of logged) byCase.set(l.case, [...(byCase.get(l.case) ?? []), l]);
  const append: NewChange[] = [];
  const diverged: Divergence[] = [];
  for (const c of evaluation.cases) {
    const seen = (byCase.get(c.id) ?? []).sort((a, b) => a.seq - b.seq);
    byCase.delete(c.id);
    const differs = seen.findIndex((l, i) => canonical(l.change) !== canonical(c.changes[i]));
    if (differs >= 0) {
      diverged.push({ case: c.id, reason: `change ${differs + 1} in the log differs from the records` });
      continue;
    }
    c.changes.slice(seen.length).forEach((change, i) => {
      append.push({ case: c.id, rule: c.rule, seq: seen.length + i + 1, change });
    });
  }
  for (const id of byCase.keys()) diverged.push({ case: id, reason: 'the records no longer open this case' });
  const now = clock.getTime();
  const deadlines = evaluation.cases
    .map((c) => c.pending?.deadline ?? null)
    .filter((d): d is string => d !== null && Date.parse(d) > now)
    .sort();
  return { evaluation, append, diverged, nextDeadline: deadlines[0] ?? null };
}
