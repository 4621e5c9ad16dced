// Turns a version-create request (nested point drafts) into the flat bundle a `version.created` event
// carries: every point and commitment gets its id here, once, so replaying the event is deterministic.
import { uuidv7 } from './ids.ts';
import type { DerivationRequest } from './schemas/point.ts';
import type { CommitmentRecord, PointRecord, VersionBundle } from './schemas/records.ts';
import type { PointDraft, VersionCreate } from './schemas/version.ts';

/** Where a drafted point says it comes from, before the server names the operations. */
export type DraftSources = { lineageId?: string | undefined; derivedFrom?: DerivationRequest[] | undefined };

type Expansion = {
  versionId: string;
  newId: () => string;
  points: PointRecord[];
  commitments: CommitmentRecord[];
  sources: Map<string, DraftSources>;
};

type DraftInput = { planId: string; draft: VersionCreate; versionId?: string; newId?: () => string };

/**
 * The bundle, and per point id what its draft said it comes from. The records carry no edges yet and continue
 * the lineage the draft named (or start their own); the create-version command resolves the sources.
 */
export function expandDraft(input: DraftInput): {
  bundle: VersionBundle;
  sources: Map<string, DraftSources>;
} {
  const newId = input.newId ?? uuidv7;
  const versionId = input.versionId ?? newId();
  const { points: drafts, ...fields } = input.draft;
  const out: Expansion = { versionId, newId, points: [], commitments: [], sources: new Map() };
  expandLevel(out, drafts, null, null, 0);
  const bundle = {
    version: { id: versionId, planId: input.planId, ...fields },
    points: out.points,
    commitments: out.commitments,
  };
  return { bundle, sources: out.sources };
}

export function expandVersionDraft(input: DraftInput): VersionBundle {
  return expandDraft(input).bundle;
}

function expandLevel(
  out: Expansion,
  drafts: PointDraft[],
  parent: PointRecord | null,
  parentNumber: string | null,
  depth: number,
): void {
  drafts.forEach((draft, ordinal) => {
    const id = out.newId();
    const point: PointRecord = {
      id,
      versionId: out.versionId,
      lineageId: draft.lineageId ?? id,
      parentPointId: parent?.id ?? null,
      derivedFrom: [],
      ordinal,
      number: draft.number ?? defaultNumber(parentNumber, ordinal, depth),
      text: draft.text,
      categories: draft.categories ?? [],
      quantities: draft.quantities ?? [],
      conditions: draft.conditions ?? [],
      note: draft.note ?? '',
    };
    out.points.push(point);
    out.sources.set(id, { lineageId: draft.lineageId, derivedFrom: draft.derivedFrom });
    for (const c of draft.commitments ?? [])
      out.commitments.push({ id: out.newId(), versionId: out.versionId, pointId: id, ...c });
    expandLevel(out, draft.points ?? [], point, point.number, depth + 1);
  });
}

/** "1", "2" at the top; "6.a", "6.b" below; "6.a.1" deeper, as plans are usually printed. */
export function defaultNumber(parentNumber: string | null, ordinal: number, depth: number): string {
  if (parentNumber === null) return String(ordinal + 1);
  return `${parentNumber}.${depth === 1 ? letters(ordinal) : String(ordinal + 1)}`;
}

function letters(ordinal: number): string {
  let n = ordinal;
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** Lineage ids a draft claims to continue that are not among `known` (e.g. the parent version's lineages). */
export function unknownLineages(bundle: VersionBundle, known: ReadonlySet<string>): string[] {
  const own = new Set(bundle.points.map((p) => p.id));
  return [...new Set(bundle.points.map((p) => p.lineageId).filter((l) => !own.has(l) && !known.has(l)))];
}
