// The lineage step of an import and the version it becomes: where each imported point comes from (core's
// proposeLineage over the points of the plan's versions the reader can read), what the person confirmed or
// corrected, and the body of POST /api/plans/{id}/versions with those derivations.
import type { DerivationRequest, Point, PointDraft, VersionCreateInput } from '@concord/core';
import { type CandidatePoint, type LineageProposal, proposeLineage } from '@concord/core/lineage/propose';
import { type Facts, outlineOf, type Preview } from './import-preview.ts';

/** The id the imported points carry while they are proposed for (never sent). */
export const IMPORTED = 'imported';

export type EarlierVersion = {
  id: string;
  label: string;
  parentVersionId: string | null;
  points: Point[];
};

/** What the person chose for one imported point. */
export type Choice = { kind: 'proposed' } | { kind: 'new' } | { kind: 'source'; pointId: string };

/** The versions the parent answers, nearest first (the parent itself excluded); a cycle ends the walk. */
export function ancestorsOf(
  versions: ReadonlyArray<{ id: string; parentVersionId: string | null }>,
  parentId: string,
): string[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const out: string[] = [];
  const seen = new Set([parentId]);
  let at = byId.get(parentId)?.parentVersionId ?? null;
  while (at !== null && !seen.has(at)) {
    seen.add(at);
    out.push(at);
    at = byId.get(at)?.parentVersionId ?? null;
  }
  return out;
}

/** The imported points as core's proposals read them, in the language the text is in. */
export function importedCandidates(
  preview: Preview,
  language: string,
  facts: (text: string) => Facts,
): CandidatePoint[] {
  return outlineOf(preview).map(({ row, parentKey, ordinal }) => ({
    id: row.key,
    versionId: IMPORTED,
    parentPointId: parentKey,
    ordinal,
    number: row.number.trim(),
    text: { [language]: row.text.trim() },
    categories: [],
    quantities: facts(row.text).quantities,
    conditions: facts(row.text).conditions,
  }));
}

/** Proposes each imported point's derivation from the earlier versions' points (none: every point is new). */
export function proposeImport(
  imported: CandidatePoint[],
  versions: readonly EarlierVersion[],
  parentId: string | null,
): Map<string, LineageProposal> {
  const earlier = versions.flatMap((v) => v.points);
  if (earlier.length === 0 || imported.length === 0)
    return new Map(
      imported.map((p) => [p.id, { pointId: p.id, derivedFrom: [], confidence: 1, reasons: [] }]),
    );
  const proposals = proposeLineage({
    earlier,
    later: imported,
    ...(parentId === null
      ? {}
      : { parentVersionId: parentId, ancestorVersionIds: ancestorsOf(versions, parentId) }),
  });
  return new Map(proposals.map((p) => [p.pointId, p]));
}

/**
 * The derivations to send for one point: the proposal's sources when confirmed (their operations left for the
 * server to name from the graph and the wordings, so a wording edited in the preview is never refused for a
 * stale operation), one chosen source, or none for a new point.
 */
export function derivationsOf(proposal: LineageProposal | undefined, choice: Choice): DerivationRequest[] {
  if (choice.kind === 'new') return [];
  if (choice.kind === 'source') return [{ pointId: choice.pointId }];
  return (proposal?.derivedFrom ?? []).map((d) => ({ pointId: d.pointId }));
}

export type VersionDetails = {
  label: string;
  issuedOn: string;
  note: string;
  parentVersionId: string | null;
  language: string;
};

/**
 * The body of POST /api/plans/{id}/versions: a working draft whose points nest as the preview's outline, each
 * with its number, text in the chosen language, quantities and conditions as read from its text, and the
 * derivations the person confirmed.
 */
export function versionBody(
  preview: Preview,
  details: VersionDetails,
  facts: (text: string) => Facts,
  derivations: (key: string) => DerivationRequest[],
): VersionCreateInput {
  const top: PointDraft[] = [];
  const drafts = new Map<string, PointDraft>();
  for (const { row, parentKey } of outlineOf(preview)) {
    const read = facts(row.text);
    const from = derivations(row.key);
    const draft: PointDraft = {
      number: row.number.trim(),
      text: { [details.language]: row.text.trim() },
      quantities: read.quantities.map((q) => ({ value: q.value, unit: q.unit, text: q.text })),
      conditions: read.conditions.map((c) => ({ if: c.if, then: c.then })),
      ...(from.length > 0 ? { derivedFrom: from } : {}),
    };
    drafts.set(row.key, draft);
    const parent = parentKey === null ? undefined : drafts.get(parentKey);
    if (parent === undefined) top.push(draft);
    else parent.points = [...(parent.points ?? []), draft];
  }
  return {
    label: details.label.trim(),
    parentVersionId: details.parentVersionId,
    issuedOn: details.issuedOn === '' ? null : details.issuedOn,
    status: 'draft',
    note: details.note.trim(),
    points: top,
  };
}

/** The language most of the earlier points are written in (English when there are none). */
export function likelyLanguage(versions: readonly EarlierVersion[]): string {
  const counts = new Map<string, number>();
  for (const v of versions)
    for (const p of v.points) for (const l of Object.keys(p.text)) counts.set(l, (counts.get(l) ?? 0) + 1);
  let best = 'en';
  let most = 0;
  for (const [l, n] of counts) if (n > most || (n === most && l === 'en')) [best, most] = [l, n];
  return best;
}

/** Confidence as people read it: "high" from 0.8, "medium" from 0.5, else "low", with the percentage. */
export function confidenceWords(confidence: number): string {
  const pct = Math.round(confidence * 100);
  const word = confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
  return `${word} (${pct}%)`;
}
