// Guarantee rules and cases in words for the Guarantees page: what opens a case, each step with its time limit
// and what happens when nobody decides in time, and each logged change of a case as a sentence.
import type { CaseChange, Rule, Step, Transition, Trigger } from '@concord/core/guarantees';

const list = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

export function triggerWords(trigger: Trigger): string {
  if (trigger.on === 'incidents') {
    const count = trigger.count === 1 ? 'a verified incident' : `${trigger.count} verified incidents`;
    const by = trigger.allegedParties ? ` attributed to ${list(trigger.allegedParties)}` : '';
    const where = trigger.areas ? ` in ${list(trigger.areas)}` : '';
    const within = trigger.withinDays ? ` within ${days(trigger.withinDays)}` : '';
    return `${count} of type ${list(trigger.incidentTypes)}${by}${where}${within}`;
  }
  if (trigger.on === 'commitment-overdue') {
    const whose = trigger.obligors ? `${list(trigger.obligors)}’s commitment` : 'a commitment';
    const late = trigger.days === 0 ? 'falls due without being complete' : `is ${days(trigger.days)} overdue`;
    return `${whose} ${late}`;
  }
  return trigger.from ? `a notification by ${list(trigger.from)}` : 'a notification by any participant';
}

export function transitionWords(transition: Transition, steps: readonly Step[]): string {
  if ('record' in transition) return 'recorded, nothing changes';
  if ('next' in transition) {
    const step = steps.find((s) => s.id === transition.next);
    return `go on to “${step?.title ?? transition.next}”`;
  }
  const effects = transition.consequences.map(
    (c) => `${c.kind.replaceAll('-', ' ')}${c.detail ? ` (${c.detail})` : ''}`,
  );
  return `the case ends: ${transition.end}${effects.length ? `; consequences: ${effects.join('; ')}` : ''}`;
}

export function stepWords(step: Step, rule: Rule): string {
  const limit =
    step.days === undefined
      ? 'no time limit'
      : `${days(step.days)}${step.from === 'opening' ? ' from the opening' : step.from === 'previous-deadline' ? ' from the previous deadline' : ''}`;
  const when = step.default
    ? `; if nobody decides in time: ${transitionWords(step.default, rule.steps)}`
    : '';
  return `${limit}${when}`;
}

export function changeWords(change: CaseChange, stepTitle: string | null): string {
  const step = stepTitle ? `“${stepTitle}”` : '';
  switch (change.kind) {
    case 'opened':
      return `Case opened: ${change.summary}`;
    case 'step-entered':
      return `Step ${step} begins${change.deadline ? `, until ${change.deadline.slice(0, 16).replace('T', ' ')} UTC` : ''}`;
    case 'decided':
      return `Decided in ${step}: ${change.outcome}`;
    case 'recorded':
      return `Recorded in ${step}: ${change.outcome}`;
    case 'extended':
      return `${step} extended until ${change.deadline.slice(0, 10)}`;
    case 'defaulted':
      return `Nobody decided ${step} in time: the default outcome applies`;
    case 'consequence':
      return `Consequence takes effect: ${change.consequence.kind.replaceAll('-', ' ')}${change.consequence.detail ? ` — ${change.consequence.detail}` : ''}`;
    case 'closed':
      return `Case closed: ${change.outcome}`;
  }
}
