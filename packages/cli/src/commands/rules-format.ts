// The human form of an evaluation: per case, one line per change of state with its date, then the outcome; then
// what in the timeline applied nowhere, and a count. Every text comes from the files, so it is shown through
// revealInvisible: nothing in a rules file can act on the terminal.
import type { CaseChange, Evaluation, GuaranteeCase } from '@concord/core/guarantees';
import { revealInvisible } from '@concord/core/text';

const shown = (text: string) => revealInvisible(text, { singleLine: true });
const causes = (ids: string[]) => ` [${ids.map(shown).join(', ')}]`;

function describe(change: CaseChange): string {
  switch (change.kind) {
    case 'opened':
      return `opened: ${shown(change.summary)}${causes(change.cause)}`;
    case 'step-entered':
      return `step ${change.step}: ${shown(change.title)} (${change.deadline ? `deadline ${change.deadline}` : 'no deadline'})`;
    case 'decided':
      return `decided at ${change.step}: ${change.outcome}${causes(change.cause)}`;
    case 'recorded':
      return `recorded at ${change.step}: ${change.outcome} (no change)${causes(change.cause)}`;
    case 'extended':
      return `extended ${change.step} to ${change.deadline}${causes(change.cause)}`;
    case 'defaulted':
      return `no decision at ${change.step} by its deadline: the default applies`;
    case 'consequence': {
      const { kind, detail, discretionary } = change.consequence;
      return `consequence: ${kind}${discretionary ? ' (at the party’s option)' : ''}${detail ? ` — ${shown(detail)}` : ''}`;
    }
    case 'closed':
      return `closed: ${change.outcome}`;
  }
}

function caseLines(c: GuaranteeCase): string[] {
  const lines = [`${c.id}  ${shown(c.title)}`, ...c.changes.map((ch) => `  ${ch.at}  ${describe(ch)}`)];
  if (c.status === 'closed') lines.push(`  outcome: ${c.outcome} (${c.changes.at(-1)?.at})`);
  else {
    const until = c.pending?.deadline ? `its deadline is ${c.pending.deadline}` : 'it waits for a decision';
    lines.push(`  outcome: none yet (open at step ${c.pending?.step}; ${until})`);
  }
  return lines;
}

export function formatEvaluation(evaluation: Evaluation): string {
  const lines = evaluation.cases.flatMap((c) => [...caseLines(c), '']);
  if (evaluation.unplaced.length) {
    lines.push('Not applied:');
    for (const u of evaluation.unplaced) lines.push(`  ${u.at}  ${shown(u.event)}: ${shown(u.reason)}`);
    lines.push('');
  }
  const open = evaluation.cases.filter((c) => c.status === 'open').length;
  const n = evaluation.cases.length;
  const when = evaluation.clock ? `as of ${evaluation.clock}` : 'with every deadline run to its end';
  lines.push(`${n} case${n === 1 ? '' : 's'} (${n - open} closed, ${open} open), ${when}`);
  return `${lines.join('\n')}\n`;
}
