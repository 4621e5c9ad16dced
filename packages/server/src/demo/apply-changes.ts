// Turns a version written as changes (the E3 counter-draft) into a full version: the parent's points with
// the changes applied. Every carried-over point continues the lineage of the point it comes from, so an
// amended point keeps its identity and a deleted one simply ends.
import type {
  FixtureChange,
  FixtureChangedVersion,
  FixturePoint,
  FixtureSubPoint,
  FixtureVersion,
} from './fixture-schema.ts';

export function applyChanges(parent: FixtureVersion, changed: FixtureChangedVersion): FixtureVersion {
  const byNumber = new Map<string, FixtureChange>();
  for (const change of changed.changes) {
    if (byNumber.has(change.point)) throw new Error(`${changed.key}: point ${change.point} is changed twice`);
    byNumber.set(change.point, change);
  }
  const known = new Set(
    parent.points.flatMap((p) => [p.number, ...(p.subPoints ?? []).map((s) => s.number)]),
  );
  for (const number of byNumber.keys())
    if (!known.has(number)) throw new Error(`${changed.key}: ${parent.key} has no point ${number}`);

  const points: FixturePoint[] = [];
  for (const point of parent.points) {
    const change = byNumber.get(point.number);
    const next = carry(changed.key, point, change);
    if (next === null) continue;
    const subPoints = change?.action === 'replace' ? [] : (point.subPoints ?? []);
    const carried = subPoints.flatMap((s) => carry(changed.key, s, byNumber.get(s.number)) ?? []);
    const { subPoints: _dropped, ...rest } = next;
    points.push(carried.length > 0 ? { ...rest, subPoints: carried } : rest);
  }
  const { changes: _changes, ...fields } = changed;
  // Carried-over points cite the parent's sources, so the new version's table holds both.
  return { ...fields, sources: { ...parent.sources, ...changed.sources }, points };
}

/** The point as it stands in the new version, or null when the change deletes it. */
function carry<P extends FixtureSubPoint>(
  versionKey: string,
  point: P,
  change: FixtureChange | undefined,
): P | null {
  const { note: _note, ...kept } = point;
  const base = {
    ...kept,
    key: `${versionKey}#${point.number}`,
    continues: point.key,
    ...(change?.note === undefined ? {} : { note: change.note }),
  } as P;
  if (change === undefined || change.action === 'keep') return base;
  if (change.action === 'delete') return null;
  if (change.text === undefined)
    throw new Error(`${versionKey}: ${change.action} of ${point.number} needs a text`);
  const sources = change.sources.length > 0 ? change.sources : point.sources;
  if (change.action === 'amend')
    return {
      ...base,
      text: change.text,
      categories: change.categories ?? point.categories,
      quantities: change.quantities ?? point.quantities,
      conditions: change.conditions ?? point.conditions,
      commitments: change.commitments ?? point.commitments,
      sources,
    };
  if (change.categories === undefined)
    throw new Error(`${versionKey}: replace of ${point.number} needs its categories`);
  return {
    ...base,
    text: change.text,
    categories: change.categories,
    quantities: change.quantities ?? [],
    conditions: change.conditions ?? [],
    commitments: change.commitments ?? [],
    sources,
  };
}
