// Cross-reference checks the schemas cannot express: keys are unique, every reference (category, party,
// mediator, parent version, continued lineage, source) names something that exists. Pure: returns the
// problems found, one line each.
import {
  allPoints,
  type DemoFixtures,
  type DemoProcess,
  type FixtureCommitment,
  type FixtureVersion,
} from './fixture-schema.ts';

export function fixtureProblems(fixtures: DemoFixtures): string[] {
  const problems: string[] = [];
  const categories = new Set(fixtures.categories.map((c) => c.key));
  problems.push(...duplicates('category', [...fixtures.categories.map((c) => c.key)]));
  problems.push(
    ...duplicates(
      'process',
      fixtures.processes.map((p) => p.key),
    ),
  );
  const versionKeys = fixtures.processes.flatMap((p) =>
    p.plans.flatMap((plan) => plan.versions.map((v) => v.key)),
  );
  problems.push(...duplicates('version', versionKeys));
  for (const process of fixtures.processes) problems.push(...processProblems(process, categories));
  return problems;
}

function processProblems(process: DemoProcess, categories: Set<string>): string[] {
  const problems = duplicates(
    `${process.key}: party`,
    process.parties.map((p) => p.key),
  );
  const parties = new Set(process.parties.map((p) => p.key));
  for (const plan of process.plans) {
    if (plan.mediator !== null && !parties.has(plan.mediator))
      problems.push(`${plan.key}: mediator ${plan.mediator} is not a party of ${process.key}`);
    const earlier = new Map<string, FixtureVersion>();
    for (const version of plan.versions) {
      if (version.plan !== plan.key)
        problems.push(`${version.key}: says plan ${version.plan}, listed in ${plan.key}`);
      const parent = version.parent === null ? null : (earlier.get(version.parent) ?? null);
      if (version.parent !== null && parent === null)
        problems.push(`${version.key}: parent ${version.parent} is not an earlier version of ${plan.key}`);
      const earlierKeys = new Set([...earlier.values()].flatMap((v) => allPoints(v).map((p) => p.key)));
      problems.push(...versionProblems(version, parent, { categories, parties, earlierKeys }));
      earlier.set(version.key, version);
    }
  }
  return problems;
}

type Known = { categories: Set<string>; parties: Set<string>; earlierKeys: Set<string> };

function versionProblems(version: FixtureVersion, parent: FixtureVersion | null, known: Known): string[] {
  const points = allPoints(version);
  const problems = duplicates(
    `${version.key}: point`,
    points.map((p) => p.number),
  );
  const parentKeys = new Set(parent === null ? [] : allPoints(parent).map((p) => p.key));
  for (const point of points) {
    const where = `${version.key} point ${point.number}`;
    if (point.key !== `${version.key}#${point.number}`)
      problems.push(`${where}: key ${point.key} does not match`);
    for (const c of point.categories)
      if (!known.categories.has(c)) problems.push(`${where}: unknown category ${c}`);
    for (const s of point.sources)
      if (!(s in version.sources)) problems.push(`${where}: unknown source ${s}`);
    if (point.continues !== undefined && !parentKeys.has(point.continues))
      problems.push(`${where}: continues ${point.continues}, which is not in the parent version`);
    if (point.continues !== undefined && point.from !== undefined)
      problems.push(`${where}: gives both continues and from`);
    for (const key of point.from ?? [])
      if (!known.earlierKeys.has(key))
        problems.push(`${where}: from ${key}, which is not an earlier version's point`);
    for (const actor of point.commitments.flatMap(commitmentActors))
      if (!known.parties.has(actor)) problems.push(`${where}: unknown party ${actor}`);
  }
  for (const point of version.points)
    for (const sub of point.subPoints ?? [])
      if (!sub.number.startsWith(`${point.number}.`))
        problems.push(`${version.key} point ${sub.number}: numbered outside its parent ${point.number}`);
  return problems;
}

/** The party keys a commitment names (`party:<key>`); other obligors are names as written. */
export function commitmentActors(c: FixtureCommitment): string[] {
  return [c.obligor, c.beneficiary].flatMap((a) =>
    a?.startsWith('party:') ? [a.slice('party:'.length)] : [],
  );
}

function duplicates(what: string, keys: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const key of keys) (seen.has(key) ? twice : seen).add(key);
  return [...twice].map((key) => `${what} ${key} appears twice`);
}
