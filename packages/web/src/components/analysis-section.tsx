import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import type {
  AnalysisAnswer,
  IncompleteValuation,
  PartyRow,
  PlanAnalysis,
  PointChange,
  SolutionName,
} from '../api/analysis-types.ts';
import { useResource } from '../api/use-resource.ts';
import { describeAcceptable, formatCount, sentencesOf } from '../lib/analysis-words.ts';
import { type Abilities, may } from '../lib/people-types.ts';
import { formatUtility } from '../lib/utility-chart.ts';
import { ProblemView } from './status.tsx';
import { UtilityBars } from './utility-bars.tsx';
import { SOLUTION_LABELS, UtilityChart } from './utility-chart.tsx';

const DISAGREEMENTS = [
  ['reservation', 'each party’s reservation'],
  ['zero', 'zero for everyone'],
  ['negmas', 'the worst package for each (NegMAS)'],
] as const;

/**
 * The confidential analysis of a version, as far as the server lets the reader see it (the version's abilities):
 * everything for those who may read the whole (`read-full`: it is computed from every party's valuation), a
 * delegation's own utility for those who may read their own (`read-own`), nothing for anyone else. The engine
 * runs on the server (in its pool).
 */
export function AnalysisSection({
  versionId,
  abilities,
  refresh,
}: {
  versionId: string;
  abilities: Abilities;
  refresh: number;
}) {
  const [disagreement, setDisagreement] = useState('reservation');
  const full = may(abilities, 'read-full');
  const allowed = full || may(abilities, 'read-own');
  const answer = useResource<AnalysisAnswer>(
    allowed ? `/api/versions/${encodeURIComponent(versionId)}/analysis?disagreement=${disagreement}` : null,
    refresh,
  );
  return (
    <section className="analysis" aria-labelledby="analysis-heading" data-testid="analysis">
      <h2 id="analysis-heading">Analysis</h2>
      {allowed ? null : (
        <p className="analysis-locked" data-testid="analysis-locked">
          The analysis is confidential: it is computed from the parties’ own valuations. The mediators of this
          process see all of it, and each party’s delegation sees its own utility; it is not shared with you.
          If you are one of them and not signed in, sign in.
        </p>
      )}
      {full ? (
        <label className="disagreement-picker">
          Without agreement each party gets{' '}
          <select
            value={disagreement}
            onChange={(e) => setDisagreement(e.target.value)}
            data-testid="disagreement"
          >
            {DISAGREEMENTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {allowed ? (
        answer.state === 'loading' ? (
          <p className="loading" role="status" aria-live="polite" data-testid="analysis-loading">
            The engine is analysing the plan…
          </p>
        ) : answer.state === 'error' ? (
          <ProblemView problem={answer.problem} what="the analysis" />
        ) : (
          <AnalysisView answer={answer.data} />
        )
      ) : null}
    </section>
  );
}

export function AnalysisView({ answer }: { answer: AnalysisAnswer }) {
  if (answer.scope === 'own') {
    return (
      <div data-testid="analysis-own">
        <p className="muted">
          Your delegation’s utility of this draft, from your own valuation, against your reservation. The
          joint analysis is the mediator’s: it would reveal the other parties’ valuations.
        </p>
        {answer.parties.length > 0 ? <UtilityBars rows={answer.parties} /> : null}
        <ValuationGaps missing={answer.missing} incomplete={answer.incomplete} />
        {answer.parties.length === 0 && answer.missing.length === 0 && answer.incomplete.length === 0 ? (
          <p data-testid="analysis-empty">Your delegation has no valuation of this plan yet.</p>
        ) : null}
      </div>
    );
  }
  return (
    <div data-testid="analysis-full">
      <p className="muted">
        Confidential to the mediators: computed from every party’s valuation. Each bar is the utility of this
        draft for a party (0–1); the mark is its reservation.
      </p>
      <UtilityBars rows={answer.parties} />
      <ValuationGaps missing={answer.missing} incomplete={answer.incomplete} />
      {answer.analysis === null ? (
        <p data-testid="analysis-empty">
          {answer.notes.length > 0
            ? answer.notes.join(' ')
            : 'No complete valuation yet: there is nothing to analyse.'}
        </p>
      ) : (
        <FullAnalysis analysis={answer.analysis} rows={answer.parties} />
      )}
    </div>
  );
}

function ValuationGaps({
  missing,
  incomplete,
}: {
  missing: { partyId: string; name: string }[];
  incomplete: IncompleteValuation[];
}) {
  if (missing.length === 0 && incomplete.length === 0) return null;
  return (
    <ul className="valuation-gaps" data-testid="valuation-gaps">
      {missing.map((m) => (
        <li key={m.partyId} data-testid="valuation-missing">
          <strong dir="auto">{revealInvisible(m.name)}</strong>: no valuation yet, so it is left out of the
          analysis.
        </li>
      ))}
      {incomplete.map((m) => (
        <li key={m.partyId} data-testid="valuation-incomplete">
          <strong dir="auto">{revealInvisible(m.name)}</strong>: valuation incomplete
          {m.points.length > 0
            ? ` (no value for some wordings of ${revealInvisible(m.points.join(', '))})`
            : ''}
          , so it is left out of the analysis.
        </li>
      ))}
    </ul>
  );
}

function FullAnalysis({ analysis, rows }: { analysis: PlanAnalysis; rows: PartyRow[] }) {
  const row = (p: string) => rows.find((r) => r.partyId === p || r.name === p);
  // Names go into chart labels and sentences as plain strings: shown with hidden characters revealed.
  const names = analysis.parties.map((p) => revealInvisible(row(p)?.name ?? p, { singleLine: true }));
  const reservations = analysis.parties.map((p) => row(p)?.reservation ?? null);
  return (
    <>
      <p className="analysis-counts" data-testid="analysis-counts">
        <strong>{formatCount(analysis.outcomes)}</strong> possible packages (one wording per contested point);{' '}
        <strong>{describeAcceptable(analysis.acceptableToAll)}</strong> acceptable to every party.
      </p>
      <div className="analysis-grid">
        <UtilityChart analysis={analysis} names={names} reservations={reservations} />
        <SmallestChange analysis={analysis} names={names} />
      </div>
      <Solutions analysis={analysis} names={names} />
      {analysis.notes.length > 0 ? (
        <ul className="analysis-notes muted" data-testid="analysis-notes">
          {analysis.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function SmallestChange({ analysis, names }: { analysis: PlanAnalysis; names: string[] }) {
  const s = analysis.smallestChange;
  return (
    <section className="smallest-change" data-testid="smallest-change" data-status={s.status}>
      <h3>Smallest change every party accepts</h3>
      {s.status === 'found' ? (
        <>
          <p>
            {s.changed === 0
              ? 'This draft already reaches every party’s reservation.'
              : `Changing ${s.changed} ${s.changed === 1 ? 'point' : 'points'} of this draft brings every party to its reservation:`}
          </p>
          {s.changed > 0 ? <ChangeList changes={s.changes} text={s.text} /> : null}
          <p className="muted">
            {s.changed === 0 ? 'Utilities' : 'Utilities then'}: {utilitiesText(names, s.utilities)}.
            {s.alternatives > 0
              ? ` ${formatCount(s.alternatives)} other ${s.alternatives === 1 ? 'change' : 'changes'} of the same size do as well.`
              : ''}
          </p>
        </>
      ) : (
        <p data-testid="smallest-change-none" dir="auto">
          {revealInvisible(s.text)}
        </p>
      )}
    </section>
  );
}

/** The changes one sentence each; past `shown` the rest fold away (a solution can reword dozens of points). */
function ChangeList({
  changes,
  text,
  shown = Infinity,
}: {
  changes: PointChange[];
  text: string;
  shown?: number;
}) {
  const sentences = changes.length > 0 ? changes.map((c) => c.sentence) : sentencesOf(text);
  if (sentences.length === 0) return null;
  const item = (s: string) => (
    <li key={s} data-testid="change-sentence" dir="auto">
      {revealInvisible(s)}
    </li>
  );
  const rest = sentences.slice(shown);
  return (
    <>
      <ol className="change-sentences">{sentences.slice(0, shown).map(item)}</ol>
      {rest.length > 0 ? (
        <details className="more-changes">
          <summary>
            {rest.length} more {rest.length === 1 ? 'change' : 'changes'}
          </summary>
          <ol className="change-sentences" start={shown + 1}>
            {rest.map(item)}
          </ol>
        </details>
      ) : null}
    </>
  );
}

function Solutions({ analysis, names }: { analysis: PlanAnalysis; names: string[] }) {
  return (
    <section className="solutions" data-testid="solutions">
      <h3>Bargaining solutions, as changes to this draft</h3>
      <div className="solution-grid">
        {(Object.keys(SOLUTION_LABELS) as SolutionName[]).map((name) => {
          const solution = analysis.solutions[name];
          return (
            <article key={name} className="solution" data-testid="solution" data-solution={name}>
              <h4>{SOLUTION_LABELS[name]}</h4>
              {solution === null ? (
                <p className="muted" data-testid="solution-none">
                  {name === 'kalaiSmorodinsky' && analysis.acceptableFrontier.status !== 'ok'
                    ? 'Not computed: it is defined on the whole frontier of acceptable packages, which is too large to build here.'
                    : 'No package qualifies.'}
                </p>
              ) : (
                <>
                  <p className="muted">
                    {utilitiesText(names, solution.utilities)}
                    {solution.count > 1
                      ? ` — ${formatCount(solution.count)} packages give these utilities`
                      : ''}
                  </p>
                  {solution.packages[0] ? (
                    solution.packages[0].changes.length === 0 ? (
                      <p>This draft itself.</p>
                    ) : (
                      <ChangeList
                        changes={solution.packages[0].changes}
                        text={solution.packages[0].text}
                        shown={4}
                      />
                    )
                  ) : null}
                </>
              )}
            </article>
          );
        })}
      </div>
    </section>
  );
}

const utilitiesText = (names: string[], utilities: number[]) =>
  utilities.map((u, i) => `${names[i] ?? `party ${i + 1}`} ${formatUtility(u)}`).join(', ');
