// A change between two packages of a plan domain, told in the plan's own words: which point, what wording it
// leaves and which version's wording it takes, quoting only the words that differ with a little context.
import type { ChangeDescription, PointChange } from '@concord/core';
import { excerpt, pairSpans, wordsOf } from '@concord/core/lineage';
import type { Outcome } from '../model.ts';
import type { OptionMeta, PlanDomain } from './types.ts';

export type { ChangeDescription, PointChange };

const QUOTE_WORDS = 25;

function checkOutcome(domain: PlanDomain, outcome: Outcome, name: string): void {
  if (!Array.isArray(outcome) || outcome.length !== domain.issues.length) {
    throw new RangeError(`${name} must choose one option for each of the ${domain.issues.length} points`);
  }
  outcome.forEach((o, i) => {
    const n = domain.optionsMeta[i]?.length ?? 0;
    if (!Number.isInteger(o) || o < 0 || o >= n) {
      throw new RangeError(
        `${name}: option ${o} does not exist for ${domain.issues[i]?.name ?? `issue ${i}`}`,
      );
    }
  });
}

const whose = (o: OptionMeta) => `the wording of ${o.versionLabels.join(' and ')}`;
const quoteAll = (text: string) => {
  const words = wordsOf(text);
  return excerpt(words, { start: 0, end: words.length }, 0, QUOTE_WORDS);
};

function sentence(point: string, from: OptionMeta, to: OptionMeta): string {
  if (to.text === null) {
    const where = to.versionLabels.length > 0 ? ` (as in ${to.versionLabels.join(' and ')})` : '';
    const verb = to.kind === 'deleted' ? 'delete the point' : 'leave the point out';
    return `${point}: ${verb}${where}: "${quoteAll(from.text ?? '')}"`;
  }
  if (from.text === null) {
    const verb = from.kind === 'deleted' ? 'restore the point' : 'add the point';
    return `${point}: ${verb} with ${whose(to)}: "${quoteAll(to.text)}"`;
  }
  const a = wordsOf(from.text);
  const b = wordsOf(to.text);
  const spans = pairSpans(a, b);
  return `${point}: replace "${excerpt(a, spans.a)}" with ${whose(to)}: "${excerpt(b, spans.b)}"`;
}

export function describeChange(
  domain: PlanDomain,
  fromOutcome: Outcome,
  toOutcome: Outcome,
): ChangeDescription {
  checkOutcome(domain, fromOutcome, 'the first package');
  checkOutcome(domain, toOutcome, 'the second package');
  const changes: PointChange[] = [];
  domain.issues.forEach((issue, i) => {
    const f = fromOutcome[i] as number;
    const t = toOutcome[i] as number;
    if (f === t) return;
    const options = domain.optionsMeta[i] as OptionMeta[];
    const from = options[f] as OptionMeta;
    const to = options[t] as OptionMeta;
    changes.push({
      issue: issue.name,
      lineageId: domain.issuesMeta[i]?.lineageId as string,
      from: from.label,
      to: to.label,
      sentence: sentence(issue.name, from, to),
    });
  });
  const text =
    changes.length === 0
      ? 'No change: every point keeps its wording.'
      : changes.map((c) => c.sentence).join('\n');
  return { changes, text };
}

/** The outcome named by an issue → option label map (as the engine's solutions report packages). */
export function outcomeFromLabels(domain: PlanDomain, labels: Record<string, string>): Outcome {
  return domain.issues.map((issue) => {
    const label = labels[issue.name];
    const o = label === undefined ? -1 : issue.options.indexOf(label);
    if (o < 0) throw new RangeError(`the package gives no known option for ${issue.name}`);
    return o;
  });
}
