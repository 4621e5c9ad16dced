// Cross-checks the project's own fixtures against the research data in <repo>/../shared/data when it is
// present (CI has it; a fresh clone may not), so a fixture that drifts from its source is caught.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, type TestContext, test } from 'node:test';
import { allPoints, type FixtureVersion } from './fixture-schema.ts';
import { readDemoFixtures } from './read-fixtures.ts';

const DATA = new URL('../../../../../shared/data/', import.meta.url);
const present = existsSync(new URL('plans/us_28_point_ukraine_2025-11.json', DATA));

type SourcePoint = {
  number: string;
  quantities: { value: unknown; unit: string }[];
  conditions: unknown[];
  sub_points?: { id: string }[];
  fate_in_later_versions?: Record<string, string>;
};

function source<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, DATA), 'utf8')) as T;
}

const fixtures = readDemoFixtures();
const versions = new Map(
  fixtures.processes.flatMap((p) => p.plans.flatMap((plan) => plan.versions.map((v) => [v.key, v] as const))),
);
function version(key: string): FixtureVersion {
  const v = versions.get(key);
  if (v === undefined) throw new Error(`no version ${key}`);
  return v;
}

/**
 * Source sub-points the fixtures record as conditions of their point instead (point 10's clauses b–d are its
 * three if/then conditions); written once, so a reader does not see each clause twice.
 */
const recordedAsConditions: Record<string, Set<string>> = { us28: new Set(['10.b', '10.c', '10.d']) };

/** Source numbers and sub-point ids ("10a") in the fixture's notation ("10.a"). */
function sourceNumbers(points: SourcePoint[], versionKey: string): string[] {
  const asConditions = recordedAsConditions[versionKey] ?? new Set();
  return points.flatMap((p) => [
    p.number,
    ...(p.sub_points ?? [])
      .map((s) => `${p.number}.${s.id.slice(p.number.length)}`)
      .filter((n) => !asConditions.has(n)),
  ]);
}

/** Every numeric quantity of the source point is in the fixture point with the same value and unit. */
function assertQuantities(fixture: FixtureVersion, points: SourcePoint[]): void {
  for (const p of points) {
    const mine = allPoints(fixture).find((f) => f.number === p.number);
    assert.ok(mine, `${fixture.key}#${p.number}`);
    for (const q of p.quantities.filter((q) => typeof q.value === 'number'))
      assert.ok(
        mine.quantities.some((m) => m.value === q.value && m.unit === q.unit),
        `${fixture.key}#${p.number}: ${q.value} ${q.unit}`,
      );
    assert.equal(mine.conditions.length, p.conditions.length, `${fixture.key}#${p.number} conditions`);
  }
}

function skipIfAbsent(t: TestContext): boolean {
  if (present) return false;
  t.skip('shared data absent');
  return true;
}

describe('fixtures against shared/data', () => {
  test('US 28 points: numbers, sub-points, quantities and conditions', (t) => {
    if (skipIfAbsent(t)) return;
    const src = source<{ points: SourcePoint[] }>('plans/us_28_point_ukraine_2025-11.json');
    const us28 = version('us28');
    assert.deepEqual(
      allPoints(us28).map((p) => p.number),
      sourceNumbers(src.points, 'us28'),
    );
    assertQuantities(us28, src.points);
  });

  test('E3: deleted points are absent, every other point continues its 28-point lineage', (t) => {
    if (skipIfAbsent(t)) return;
    const src = source<{ changes: { original_point: string; action: string }[] }>(
      'plans/e3_counterproposal_ukraine_2025-11-23.json',
    );
    const deleted = new Set(src.changes.filter((c) => c.action === 'delete').map((c) => c.original_point));
    const e3 = version('e3');
    const expected = version('us28')
      .points.map((p) => p.number)
      .filter((n) => !deleted.has(n));
    assert.deepEqual(
      e3.points.map((p) => p.number),
      expected,
    );
    for (const p of e3.points) assert.equal(p.continues, `us28#${p.number}`);
    const six = e3.points.find((p) => p.number === '6');
    assert.equal(six?.quantities[0]?.value, 800000);
    // Every change the source records is in the fixture with the same action ("amend (reported)" is an
    // amendment; point 5 is recorded as amended because its wording changed, see fixtures/README.md).
    const mine = JSON.parse(
      readFileSync(new URL('./fixtures/versions/e3.json', import.meta.url), 'utf8'),
    ) as {
      changes: { point: string; action: string }[];
    };
    const actions = new Map(mine.changes.map((c) => [c.point, c.action]));
    for (const c of src.changes) {
      const expected = c.original_point === '5' ? 'amend' : c.action.replace(' (reported)', '');
      assert.equal(actions.get(c.original_point), expected, `E3 change to point ${c.original_point}`);
    }
  });

  test('December 20 points: numbers, quantities, and lineage back to the 28 points', (t) => {
    if (skipIfAbsent(t)) return;
    const src = source<{ points: SourcePoint[] }>('plans/ukraine_20_point_framework_2025-12.json');
    const dec20 = version('dec20');
    assert.deepEqual(
      dec20.points.map((p) => p.number),
      src.points.map((p) => p.number),
    );
    assertQuantities(dec20, src.points);
    const e3 = new Map(allPoints(version('e3')).map((p) => [p.key, p]));
    for (const p of src.points) {
      const from = p.fate_in_later_versions?.from_28;
      // "6", "12/14" (either old point), or none: a new point
      const recorded = (from?.match(/^\d+(?:\/\d+)*/)?.[0].split('/') ?? []).map((n) => `us28#${n}`);
      const mine = dec20.points.find((f) => f.number === p.number);
      const origins = (mine?.from ?? []).map((k) => (k.startsWith('us28#') ? k : e3.get(k)?.continues));
      if (recorded.length === 0) assert.deepEqual(origins, [], `dec20#${p.number} is new`);
      else {
        assert.ok(origins.length > 0, `dec20#${p.number} from ${from}`);
        for (const o of origins)
          assert.ok(recorded.includes(o ?? ''), `dec20#${p.number}: ${o} is not in ${from}`);
      }
    }
  });

  test('Gaza 20 points: numbers and quantities', (t) => {
    if (skipIfAbsent(t)) return;
    const src = source<{ points: SourcePoint[] }>('plans/gaza_20_point_2025-09-29.json');
    const gaza = version('gaza20');
    assert.deepEqual(
      gaza.points.map((p) => p.number),
      src.points.map((p) => p.number),
    );
    assertQuantities(gaza, src.points);
  });

  test('categories: every PAM provision stem, and PA-X columns that exist', (t) => {
    if (skipIfAbsent(t)) return;
    const pam = source<{ provisions: { stem: string; name: string }[] }>('taxonomy/pam_provisions.json');
    const pax = source<{ column_groups: Record<string, string[]> }>('taxonomy/pax_v6_schema_profile.json');
    const keys = new Map(fixtures.categories.map((c) => [c.key, c]));
    for (const p of pam.provisions) assert.equal(keys.get(p.stem)?.name, p.name, p.stem);
    const columns = new Set(Object.values(pax.column_groups).flat());
    for (const c of fixtures.categories)
      for (const column of c.pax ?? []) assert.ok(columns.has(column), `${c.key}: PA-X column ${column}`);
  });
});
