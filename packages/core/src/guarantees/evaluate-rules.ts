// Rules over a timeline, as of a clock: the cases their triggers open and how each ran. Pure and deterministic:
// the same files and clock give the same answer, and a later clock only adds to what an earlier one gave (events
// after the clock do not exist yet). Cases are named `<rule>#<n>`, n counting the rule's firings in time order.
import { type Firing, fireTrigger, type Refusal, type Timed } from './fire-triggers.ts';
import type { Evaluation, GuaranteeCase } from './guarantee-case.ts';
import type { RulesFile } from './rules-file.ts';
import { runCase } from './run-case.ts';
import type { TimelineFile } from './timeline-file.ts';

export type EvaluateOptions = { clock?: string };

/** The timeline up to the clock, by time and then by place in the file. */
function timed(timeline: TimelineFile, clock: number): Timed[] {
  return timeline.events
    .map((event, index) => ({ event, at: Date.parse(event.at), index }))
    .filter((t) => t.at <= clock)
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ event, at }) => ({ event, at }));
}

export function evaluateRules(
  rules: RulesFile,
  timeline: TimelineFile,
  options: EvaluateOptions = {},
): Evaluation {
  const clockIso = options.clock ?? timeline.clock ?? null;
  const clock = clockIso === null ? Number.POSITIVE_INFINITY : Date.parse(clockIso);
  const events = timed(timeline, clock);
  const addressed = new Map<string, Timed[]>();
  for (const t of events) {
    if (t.event.type !== 'decision' && t.event.type !== 'extension') continue;
    const list = addressed.get(t.event.case) ?? [];
    list.push(t);
    addressed.set(t.event.case, list);
  }

  const cases: GuaranteeCase[] = [];
  const refused: Refusal[] = [];
  const notificationRefusals: Refusal[] = [];
  for (const rule of rules.rules) {
    const until = rule.inForceUntil === undefined ? Number.POSITIVE_INFINITY : Date.parse(rule.inForceUntil);
    // A commitment falls overdue at a moment no event marks: one after the clock has not happened yet.
    const all = fireTrigger(rule.trigger, events, notificationRefusals).filter((f) => f.at <= clock);
    const firings: Firing[] = all.filter((f) => f.at < until);
    for (const late of all.filter((f) => f.at >= until))
      for (const id of late.cause)
        notificationRefusals.push({
          event: id,
          at: late.at,
          reason: `${rule.id} was in force only until ${rule.inForceUntil}`,
        });
    firings.forEach((firing, i) => {
      const id = `${rule.id}#${i + 1}`;
      const result = runCase(id, rule, firing, addressed.get(id) ?? [], clock);
      addressed.delete(id);
      cases.push(result.case);
      refused.push(...result.refused);
    });
  }
  for (const [id, list] of addressed)
    for (const { event, at } of list)
      refused.push({ event: event.id, at, reason: `no case ${id} was open by then` });
  // A notification one rule refused but another took opened a case: only the ones no rule took are reported.
  const opened = new Set(cases.flatMap((c) => (c.changes[0]?.kind === 'opened' ? c.changes[0].cause : [])));
  const byEvent = new Map<string, Refusal>();
  for (const r of notificationRefusals.filter((r) => !opened.has(r.event))) {
    const seen = byEvent.get(r.event);
    byEvent.set(r.event, seen ? { ...seen, reason: `${seen.reason}; ${r.reason}` } : r);
  }
  const unplaced = [...refused, ...byEvent.values()]
    .sort((a, b) => a.at - b.at || (a.event < b.event ? -1 : a.event > b.event ? 1 : 0))
    .map((r) => ({ event: r.event, at: new Date(r.at).toISOString(), reason: r.reason }));
  cases.sort((a, b) => (a.openedAt < b.openedAt ? -1 : a.openedAt > b.openedAt ? 1 : a.id < b.id ? -1 : 1));
  return { clock: clockIso, cases, unplaced };
}
