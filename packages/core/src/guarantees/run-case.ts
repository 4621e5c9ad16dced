// One case from its opening to the clock: it enters steps, takes the decisions and extensions addressed to it in
// time order, and when a step's deadline passes with nobody having moved the case on, applies the step's default
// at the deadline. Every change of state is appended as an event with its time. A decision that comes for another
// step, after the case closed or at or after the deadline is not applied, and is handed back with the reason.
import { type Anchor, DAY_MS, deadlineAfter } from './day-count.ts';
import type { Firing, Refusal, Timed } from './fire-triggers.ts';
import type { CaseChange, GuaranteeCase } from './guarantee-case.ts';
import type { Rule, Transition } from './rules-file.ts';

type Current = { step: string; deadline: number | null };

const iso = (ms: number) => new Date(ms).toISOString();

class CaseRun {
  readonly changes: CaseChange[] = [];
  current: Current | null = null;
  outcome: string | null = null;

  constructor(
    readonly rule: Rule,
    readonly opened: Firing,
  ) {
    this.changes.push({ kind: 'opened', at: iso(opened.at), cause: opened.cause, summary: opened.summary });
    this.apply(rule.start, { at: opened.at, kind: 'event' }, null);
  }

  apply(transition: Transition, anchor: Anchor, previousDeadline: number | null): void {
    if ('record' in transition) return;
    if ('end' in transition) {
      this.current = null;
      this.outcome = transition.end;
      for (const consequence of transition.consequences)
        this.changes.push({ kind: 'consequence', at: iso(anchor.at), consequence });
      this.changes.push({ kind: 'closed', at: iso(anchor.at), outcome: transition.end });
      return;
    }
    const step = this.rule.steps.find((s) => s.id === transition.next);
    if (!step) throw new Error(`rule ${this.rule.id}: no step '${transition.next}'`); // refused when the file is read
    let deadline: number | null = null;
    if (step.days !== undefined) {
      const from: Anchor =
        step.from === 'opening'
          ? { at: this.opened.at, kind: 'event' }
          : step.from === 'previous-deadline' && previousDeadline !== null
            ? { at: previousDeadline, kind: 'boundary' }
            : anchor;
      // A deadline counted from the opening may already have passed: the step then defaults as it is entered.
      deadline = Math.max(anchor.at, deadlineAfter(from, step.days, this.rule.dayCount));
    }
    this.current = { step: step.id, deadline };
    this.changes.push({
      kind: 'step-entered',
      at: iso(anchor.at),
      step: step.id,
      title: step.title,
      deadline: deadline === null ? null : iso(deadline),
    });
  }

  /** Applies every default whose deadline is before `until` (exclusive) or at it (inclusive). */
  runDefaults(until: number, inclusive: boolean): void {
    for (;;) {
      const current = this.current;
      if (current === null || current.deadline === null) return;
      if (inclusive ? current.deadline > until : current.deadline >= until) return;
      const step = this.rule.steps.find((s) => s.id === current.step);
      if (!step?.default) return;
      this.changes.push({ kind: 'defaulted', at: iso(current.deadline), step: current.step });
      this.apply(step.default, { at: current.deadline, kind: 'boundary' }, current.deadline);
    }
  }

  /** A decision or an extension for this case; the reason it was not applied, or null. */
  take({ event, at }: Timed): string | null {
    if (event.type !== 'decision' && event.type !== 'extension') return 'not a decision';
    this.runDefaults(at, true);
    const current = this.current;
    if (current === null) return `case ${event.case} had already closed (${this.outcome})`;
    if (current.step !== event.step)
      return `case ${event.case} was at step '${current.step}', not '${event.step}'`;
    const step = this.rule.steps.find((s) => s.id === current.step);
    if (event.type === 'extension') {
      if (current.deadline === null || !step?.extendable) return `step '${current.step}' cannot be extended`;
      current.deadline += event.days * DAY_MS;
      this.changes.push({
        kind: 'extended',
        at: iso(at),
        cause: [event.id],
        step: current.step,
        deadline: iso(current.deadline),
      });
      return null;
    }
    const transition =
      step && Object.hasOwn(step.outcomes, event.outcome) ? step.outcomes[event.outcome] : undefined;
    if (!transition) return `step '${current.step}' has no outcome '${event.outcome}'`;
    const kind = 'record' in transition ? 'recorded' : 'decided';
    this.changes.push({ kind, at: iso(at), cause: [event.id], step: current.step, outcome: event.outcome });
    this.apply(transition, { at, kind: 'event' }, current.deadline);
    return null;
  }
}

/** Runs case `id` of `rule`, opened by `firing`, through `events` (its decisions, in time order) up to `clock`. */
export function runCase(
  id: string,
  rule: Rule,
  firing: Firing,
  events: Timed[],
  clock: number,
): { case: GuaranteeCase; refused: Refusal[] } {
  const run = new CaseRun(rule, firing);
  const refused: Refusal[] = [];
  for (const timed of events) {
    if (timed.at < firing.at) {
      refused.push({
        event: timed.event.id,
        at: timed.at,
        reason: `case ${id} opened only at ${iso(firing.at)}`,
      });
      continue;
    }
    const reason = run.take(timed);
    if (reason !== null) refused.push({ event: timed.event.id, at: timed.at, reason });
  }
  run.runDefaults(clock, true);
  const current = run.current;
  return {
    case: {
      id,
      rule: rule.id,
      title: rule.title,
      openedAt: iso(firing.at),
      status: current === null ? 'closed' : 'open',
      pending: current && {
        step: current.step,
        deadline: current.deadline === null ? null : iso(current.deadline),
      },
      outcome: run.outcome,
      changes: run.changes,
    },
    refused,
  };
}
