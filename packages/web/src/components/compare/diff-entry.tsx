import type { DiffEntry } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { languageNames } from '../../lib/language-name.ts';
import { pointText } from '../../lib/point-outline.ts';
import { KIND_WORDS, type Mark, sidesOf } from './sides.ts';

export type DiffView = 'side-by-side' | 'inline';

type DiffPoint = DiffEntry['before'][number];

/** One group of corresponding points: what it was, what it became, and how the words changed. */
export function DiffEntryView({ entry, view, lang }: { entry: DiffEntry; view: DiffView; lang: string }) {
  const runs = entry.redlines[lang] ?? Object.values(entry.redlines)[0];
  const sides = runs ? sidesOf(runs) : null;
  return (
    <li className={`diff-entry diff-${entry.kind}`} data-testid="diff-entry" data-kind={entry.kind}>
      <p className="diff-head">
        <span className={`diff-kind kind-${entry.kind}`}>{KIND_WORDS[entry.kind] ?? entry.kind}</span>{' '}
        <span className="diff-numbers">
          {numbers(entry.before)} → {numbers(entry.after)}
        </span>
        {entry.restoredFrom.length > 0 ? (
          <span className="diff-restored-from" data-testid="restored-from">
            {' '}
            · brings back{' '}
            {entry.restoredFrom
              .map((r) => `point ${revealInvisible(r.number)} of “${revealInvisible(r.versionLabel)}”`)
              .join(', ')}
          </span>
        ) : null}
        {entry.languages?.stale.length ? (
          <span className="diff-stale" data-testid="stale-languages">
            {' '}
            · not updated in {languageNames(entry.languages.stale)} (out of date)
          </span>
        ) : null}
      </p>
      {view === 'inline' && runs ? (
        <p className="diff-inline" dir="auto">
          {runs.map((r, i) =>
            r.op === 'same' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional
              <span key={i}>{revealInvisible(r.text)} </span>
            ) : r.op === 'removed' ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional
              <del key={i}>{revealInvisible(r.text)} </del>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional
              <ins key={i}>{revealInvisible(r.text)} </ins>
            ),
          )}
        </p>
      ) : (
        <div className="diff-sides">
          <Side points={entry.before} marks={sides?.before ?? null} lang={lang} kind="before" />
          <Side points={entry.after} marks={sides?.after ?? null} lang={lang} kind="after" />
        </div>
      )}
      {entry.quantities.length > 0 ? (
        <ul className="diff-quantities">
          {entry.quantities.map((q) => (
            <li key={q} dir="auto">
              {revealInvisible(q)}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function numbers(points: DiffPoint[]): string {
  return points.length === 0 ? '—' : points.map((p) => revealInvisible(p.number)).join(' + ');
}

function Side({
  points,
  marks,
  lang,
  kind,
}: {
  points: DiffPoint[];
  marks: Mark[] | null;
  lang: string;
  kind: 'before' | 'after';
}) {
  if (points.length === 0)
    return (
      <div className={`diff-side diff-${kind} diff-empty`}>
        {kind === 'before' ? 'not in this version' : 'not carried over'}
      </div>
    );
  return (
    <div className={`diff-side diff-${kind}`}>
      {points.map((p) =>
        marks && points.length === 1 ? (
          <p key={p.id} dir="auto">
            <strong>{revealInvisible(p.number)}.</strong>{' '}
            {marks.map((m, i) =>
              m.changed ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: marks are positional
                <mark key={i} className={kind === 'before' ? 'word-removed' : 'word-added'}>
                  {revealInvisible(m.text)}{' '}
                </mark>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: marks are positional
                <span key={i}>{revealInvisible(m.text)} </span>
              ),
            )}
          </p>
        ) : (
          <p key={p.id} dir="auto">
            <strong>{revealInvisible(p.number)}.</strong> {revealInvisible(pointText(p.text, lang).text)}
          </p>
        ),
      )}
    </div>
  );
}
