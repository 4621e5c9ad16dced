import type { LineageProposal } from '@concord/core/lineage/propose';
import { revealInvisible } from '@concord/core/text';
import { type Choice, confidenceWords, type EarlierVersion } from '../../lib/import-lineage.ts';
import type { OutlineRow } from '../../lib/import-preview.ts';
import { pointText } from '../../lib/point-outline.ts';

const OPERATION_WORDS: Record<string, string> = {
  keep: 'kept as it was',
  renumber: 'renumbered',
  amend: 'amended',
  split: 'split',
  merge: 'merged',
  restore: 'restored',
};

const excerpt = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type Source = { versionLabel: string; number: string; text: string };

/**
 * Step 3: where each imported point comes from. Concord proposes a derivation from the points of the plan's
 * earlier versions (with how sure it is and why); the person confirms it or picks another source or "new".
 */
export function LineageList({
  outline,
  proposals,
  versions,
  choices,
  choose,
  language,
}: {
  outline: OutlineRow[];
  proposals: Map<string, LineageProposal>;
  versions: readonly EarlierVersion[];
  choices: ReadonlyMap<string, Choice>;
  choose: (key: string, choice: Choice) => void;
  language: string;
}) {
  const sources = new Map<string, Source>();
  for (const v of versions)
    for (const p of v.points)
      sources.set(p.id, { versionLabel: v.label, number: p.number, text: pointText(p.text, language).text });
  const withPoints = versions.filter((v) => v.points.length > 0);
  const describe = (id: string) => {
    const s = sources.get(id);
    return s ? `${s.versionLabel} · ${s.number}` : 'a point you cannot read';
  };

  if (withPoints.length === 0)
    return (
      <p className="muted" data-testid="lineage-none">
        No earlier version of this plan has points you can read, so every point is saved as new.
      </p>
    );

  return (
    <ol className="import-lineage" data-testid="import-lineage">
      {outline.map(({ row, level }) => {
        const proposal = proposals.get(row.key);
        const choice = choices.get(row.key) ?? { kind: 'proposed' };
        const proposedNew = (proposal?.derivedFrom.length ?? 0) === 0;
        const value =
          choice.kind === 'proposed' ? 'proposed' : choice.kind === 'new' ? 'new' : choice.pointId;
        return (
          <li
            key={row.key}
            className={`import-lineage-row level-${level}`}
            style={{ marginInlineStart: `${level * 2}rem` }}
            data-testid="lineage-row"
            data-number={row.number}
          >
            <p className="import-lineage-point">
              <strong>{revealInvisible(row.number)}</strong>{' '}
              <span dir="auto">{revealInvisible(excerpt(row.text))}</span>
            </p>
            <p className="import-proposal" data-testid="lineage-proposal">
              <span className="import-fact-label">Proposed:</span>{' '}
              {proposedNew ? (
                <span>a new point (nothing earlier is close enough)</span>
              ) : (
                (proposal?.derivedFrom ?? []).map((d, i) => (
                  <span key={d.pointId}>
                    {i > 0 ? ' and ' : ''}
                    {OPERATION_WORDS[d.operation] ?? d.operation} from{' '}
                    <bdi>{revealInvisible(describe(d.pointId))}</bdi>
                  </span>
                ))
              )}
              {proposal ? (
                <span className="muted" data-testid="lineage-confidence">
                  {' '}
                  — confidence {confidenceWords(proposal.confidence)}
                </span>
              ) : null}
            </p>
            {proposal && proposal.reasons.length > 0 ? (
              <p className="import-reasons muted" data-testid="lineage-reasons">
                Why: {proposal.reasons.join('; ')}
              </p>
            ) : null}
            <label className="import-choice">
              <span>Saved as</span>{' '}
              <select
                value={value}
                onChange={(e) => {
                  const v = e.target.value;
                  choose(
                    row.key,
                    v === 'proposed'
                      ? { kind: 'proposed' }
                      : v === 'new'
                        ? { kind: 'new' }
                        : { kind: 'source', pointId: v },
                  );
                }}
                data-testid="lineage-choice"
              >
                <option value="proposed">as proposed</option>
                <option value="new">a new point (no earlier source)</option>
                {withPoints.map((v) => (
                  <optgroup key={v.id} label={`from a point of ${revealInvisible(v.label)}`}>
                    {v.points.map((p) => (
                      <option key={p.id} value={p.id}>
                        {revealInvisible(`${p.number} — ${excerpt(pointText(p.text, language).text, 70)}`)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
          </li>
        );
      })}
    </ol>
  );
}
