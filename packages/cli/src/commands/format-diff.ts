// A change set as text for a terminal: the summary line, then one line per change with its redline as
// [-removed-]{+added+} (the convention of `git diff --word-diff`), and quantity changes in words.
import type { DiffEntry, VersionDiff } from '@concord/core';
import { revealInvisible } from '@concord/core/text';

const numbers = (ps: DiffEntry['before']) => ps.map((p) => p.number).join(' + ') || '—';

function firstText(p: DiffEntry['before'][number] | undefined): string {
  if (!p) return '';
  return p.text.en ?? Object.values(p.text)[0] ?? '';
}

/** Where a restored point comes back from: "(point 14 of “US 28-point draft”)". */
const restoredFrom = (c: DiffEntry) =>
  c.restoredFrom.length === 0
    ? ''
    : ` (${c.restoredFrom.map((r) => `point ${r.number} of “${r.versionLabel}”`).join(', ')})`;

function line(c: DiffEntry): string {
  const head = `${c.kind.padEnd(9)} ${numbers(c.before)} → ${numbers(c.after)}${restoredFrom(c)}`;
  const redlines = Object.entries(c.redlines).map(
    ([language, runs]) =>
      `    ${language}: ${runs
        .map((r) => (r.op === 'same' ? r.text : r.op === 'removed' ? `[-${r.text}-]` : `{+${r.text}+}`))
        .join(' ')}`,
  );
  const stale = c.languages?.stale.length ? [`    out of date: ${c.languages.stale.join(', ')}`] : [];
  const quantities = c.quantities.map((q) => `    ${q}`);
  const text =
    c.kind === 'added' || c.kind === 'restored' || c.kind === 'removed'
      ? [`    ${firstText(c.after[0] ?? c.before[0])}`]
      : [];
  return [head, ...text, ...redlines, ...quantities, ...stale].map((s) => revealInvisible(s)).join('\n');
}

export function formatDiff(diff: VersionDiff): string {
  const body = diff.changes.filter((c) => c.kind !== 'unchanged').map(line);
  return `${revealInvisible(diff.summary)}\n${body.length > 0 ? `${body.join('\n')}\n` : ''}`;
}
