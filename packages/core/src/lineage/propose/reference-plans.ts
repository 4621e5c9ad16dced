// The reference plans of ../shared/data/plans as candidate points and recorded lineage, for the tests that check
// proposals against what the sources record. Not part of the module's API.
import { existsSync, readFileSync } from 'node:fs';
import type { Quantity } from '../../schemas/common.ts';
import type { CandidatePoint } from './types.ts';

export const PLANS = new URL('../../../../../../shared/data/plans/', import.meta.url);
export const referencePlansPresent = (): boolean =>
  existsSync(new URL('us_28_point_ukraine_2025-11.json', PLANS));

type SourceQuantity = { value: unknown; unit: string; what?: string };
type SourceSubPoint = { id: string; paraphrase: string };
type SourcePoint = {
  number: string;
  paraphrase: string;
  category: string;
  secondary_categories?: string[];
  quantities?: SourceQuantity[];
  sub_points?: SourceSubPoint[];
  fate_in_later_versions?: Record<string, string>;
};
type SourcePlan = { points: SourcePoint[] };
type SourceChange = {
  original_point: string;
  action: string;
  paraphrase: string;
  quantities?: SourceQuantity[];
};

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, PLANS), 'utf8')) as T;

const quantities = (qs: SourceQuantity[] | undefined): Quantity[] =>
  (qs ?? []).flatMap((q) =>
    typeof q.value === 'number' && Number.isFinite(q.value)
      ? [{ value: q.value, unit: q.unit, text: q.what ?? '' }]
      : [],
  );

export const pointId = (version: string, number: string) => `${version}#${number}`;

/** A plan's points (sub-points as points under their parent when `withSubPoints`). */
export function planPoints(file: string, version: string, { withSubPoints = false } = {}): CandidatePoint[] {
  const plan = read<SourcePlan>(file);
  return plan.points.flatMap((p, k) => {
    const point: CandidatePoint = {
      id: pointId(version, p.number),
      versionId: version,
      parentPointId: null,
      ordinal: k,
      number: p.number,
      text: { en: p.paraphrase },
      categories: [p.category, ...(p.secondary_categories ?? [])],
      quantities: quantities(p.quantities),
    };
    const subs = withSubPoints
      ? (p.sub_points ?? []).map(
          (s, i): CandidatePoint => ({
            id: pointId(version, s.id),
            versionId: version,
            parentPointId: point.id,
            ordinal: i,
            number: s.id,
            text: { en: s.paraphrase },
            categories: point.categories,
            quantities: [],
          }),
        )
      : [];
    return [point, ...subs];
  });
}

/**
 * Recorded sources of each point of a later plan, from its `fate_in_later_versions[key]` ("12/14 (asset scheme
 * dropped)" → 12 and 14; "new" or absent → none).
 */
export function recordedFates(file: string, key: string): Map<string, string[]> {
  const plan = read<SourcePlan>(file);
  return new Map(
    plan.points.map((p) => {
      const fate = p.fate_in_later_versions?.[key] ?? 'new';
      const head = /^\s*([\d/\s,]+)/.exec(fate)?.[1] ?? '';
      return [p.number, head.split(/[/,\s]+/).filter((n) => n !== '')];
    }),
  );
}

/**
 * The E3 counter-draft as a version of the 28 points: its recorded changes applied (an amended, kept or replaced
 * point takes the change's wording and quantities (none unless it states them), a deleted one is gone), the points it does not mention as
 * they were. Returns the points and, per point number, the 28-point source it records.
 */
export function e3Version(
  base: CandidatePoint[],
  version: string,
): {
  points: CandidatePoint[];
  recorded: Map<string, string[]>;
  changed: Set<string>;
} {
  const e3 = read<{ changes: SourceChange[] }>('e3_counterproposal_ukraine_2025-11-23.json');
  const changes = new Map(e3.changes.map((c) => [c.original_point, c]));
  const points: CandidatePoint[] = [];
  const recorded = new Map<string, string[]>();
  const changed = new Set<string>();
  for (const p of base) {
    if (p.parentPointId !== null) continue;
    const change = changes.get(p.number);
    if (change?.action === 'delete') continue;
    recorded.set(p.number, [p.number]);
    if (change) changed.add(p.number);
    points.push({
      ...p,
      id: pointId(version, p.number),
      versionId: version,
      ordinal: points.length,
      text: change ? { en: change.paraphrase } : p.text,
      quantities: change ? quantities(change.quantities) : p.quantities,
    });
  }
  return { points, recorded, changed };
}
