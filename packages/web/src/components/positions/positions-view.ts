// What the positions section shows, as pure functions: stances in words, which rows a filter keeps, a flag's
// citation in a sentence, and the body a filled-in form sends. The server decides everything else.
import type { PositionMatrix, PositionView, Stance } from '@concord/core';
import { formatDate } from '../../lib/commitments.ts';

export const STANCE_WORDS: Record<Stance, string> = {
  supports: 'supports',
  accepts: 'accepts',
  'accepts-with-conditions': 'accepts with conditions',
  undecided: 'undecided',
  rejects: 'rejects',
  'red-line': 'red line',
};

export const SOURCE_WORDS: Record<PositionView['source']['kind'], string> = {
  statement: 'a statement',
  meeting: 'a meeting',
  document: 'a document',
  leak: 'a leak',
  report: 'a report',
  other: 'another source',
};

export type Row = PositionMatrix['points'][number];
export type Filter = { contestedOnly: boolean; partyId: string | null };

/** The rows a filter keeps: contested points only, or (one party's view) the points that party has a stance on or a flag. */
export function shownRows(matrix: PositionMatrix, filter: Filter): Row[] {
  return matrix.points.filter((row) => {
    if (filter.contestedOnly && !row.contested) return false;
    if (filter.partyId === null) return true;
    const cell = row.cells.find((c) => c.partyId === filter.partyId);
    return !filter.contestedOnly || cell?.position !== null || cell?.resurfaced !== null;
  });
}

/** The parties whose columns a filter shows. */
export function shownParties(matrix: PositionMatrix, filter: Filter): PositionMatrix['parties'] {
  return filter.partyId === null ? matrix.parties : matrix.parties.filter((p) => p.id === filter.partyId);
}

/** "Rejected before: red line on 7 Feb 2019, on US 28-point draft (unchanged)". */
export function citation(flag: NonNullable<Row['cells'][number]['resurfaced']>): string {
  const how = flag.change === 'unchanged' ? 'unchanged' : 'only reworded';
  return `${STANCE_WORDS[flag.rejection.stance]} on ${formatDate(flag.rejection.takenOn)}, on ${flag.versionLabel} — back ${how}`;
}

/** Who recorded a position, in words. */
export function recorder(p: PositionView): string {
  const as = p.recordedBy === 'mediator' ? 'a mediator' : 'the party’s delegation';
  return p.recorderName === null ? `recorded by ${as}` : `recorded by ${p.recorderName} (${as})`;
}

export type PositionForm = {
  partyId: string;
  pointId: string;
  stance: Stance;
  conditions: string;
  rationale: string;
  sourceKind: PositionView['source']['kind'];
  reference: string;
  url: string;
  takenOn: string;
  published: boolean;
};

export function emptyForm(matrix: PositionMatrix, today: string): PositionForm {
  return {
    partyId: matrix.mayRecordFor[0] ?? '',
    pointId: matrix.points[0]?.pointId ?? '',
    stance: 'rejects',
    conditions: '',
    rationale: '',
    sourceKind: 'statement',
    reference: '',
    url: '',
    takenOn: today,
    published: false,
  };
}

/** The request body: conditions only with a stance that has them; published only where the party may publish. */
export function formBody(form: PositionForm, matrix: PositionMatrix) {
  return {
    partyId: form.partyId,
    stance: form.stance,
    conditions: form.stance === 'accepts-with-conditions' ? form.conditions : '',
    rationale: form.rationale,
    source: { kind: form.sourceKind, reference: form.reference, url: form.url },
    takenOn: form.takenOn,
    published: form.published && matrix.mayPublishFor.includes(form.partyId),
  };
}
