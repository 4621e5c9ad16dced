import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PartyCreate, PlanCreate, ProcessCreate, uuidv7, VersionCreate } from '@concord/core';
import { allPoints, type FixtureVersion } from './fixture-schema.ts';
import { FIXTURES_DIR, readDemoFixtures } from './read-fixtures.ts';
import { toVersionInput } from './to-version-input.ts';

const fixtures = readDemoFixtures();
const versions = new Map(
  fixtures.processes.flatMap((p) => p.plans.flatMap((plan) => plan.versions.map((v) => [v.key, v] as const))),
);

function version(key: string): FixtureVersion {
  const found = versions.get(key);
  assert.ok(found, `version ${key} present`);
  return found;
}

function point(versionKey: string, number: string) {
  const found = allPoints(version(versionKey)).find((p) => p.number === number);
  assert.ok(found, `${versionKey}#${number} present`);
  return found;
}

function quantities(versionKey: string, number: string): string[] {
  return point(versionKey, number).quantities.map((q) => `${q.value} ${q.unit}`);
}

describe('demo fixtures', () => {
  test('hold the two processes with their parties, mediators and intermediaries', () => {
    assert.deepEqual(
      fixtures.processes.map((p) => p.title),
      ['Russia–Ukraine 2025', 'Gaza 2025'],
    );
    const [ruUa, gaza] = fixtures.processes;
    const kinds = (p: typeof ruUa) => new Map(p?.parties.map((x) => [x.key, x.kind]));
    assert.equal(kinds(ruUa).get('united-states'), 'mediator');
    assert.equal(kinds(ruUa).get('ukraine'), 'party');
    assert.equal(kinds(ruUa).get('nato'), 'party');
    assert.equal(kinds(gaza).get('qatar'), 'intermediary');
    assert.equal(kinds(gaza).get('egypt'), 'intermediary');
    assert.equal(kinds(gaza).get('board-of-peace'), 'guarantor');
    assert.ok(ruUa?.parties.find((p) => p.key === 'russia')?.aliases.includes('RF'));
    assert.ok(ruUa?.parties.find((p) => p.key === 'ukraine')?.aliases.includes('Kyiv'));
  });

  test('parse against core create schemas with ids filled in', () => {
    for (const process of fixtures.processes) {
      ProcessCreate.parse({ title: process.title, description: process.description });
      for (const { key: _key, ...party } of process.parties) PartyCreate.parse(party);
      for (const plan of process.plans) {
        PlanCreate.parse({ title: plan.title, mediatorPartyId: uuidv7() });
        for (const v of plan.versions) {
          const { planId: _planId, ...input } = toVersionInput(v, {
            planId: uuidv7(),
            parentVersionId: v.parent === null ? null : uuidv7(),
            partyId: () => uuidv7(),
            lineageOf: () => uuidv7(),
            pointOf: () => uuidv7(),
          });
          const parsed = VersionCreate.parse(input);
          assert.equal(parsed.points.length, v.points.length);
        }
      }
    }
  });

  test('the US draft has 28 top-level points, sub-points and its quantities', () => {
    const us28 = version('us28');
    assert.equal(us28.points.length, 28);
    assert.deepEqual(
      us28.points.map((p) => p.number),
      Array.from({ length: 28 }, (_, i) => String(i + 1)),
    );
    assert.deepEqual(
      point('us28', '10').subPoints?.map((s) => s.number),
      ['10.a'],
      'clauses 10b–10d are the three conditions of point 10, not also sub-points',
    );
    assert.deepEqual(quantities('us28', '6'), ['600000 personnel']);
    assert.deepEqual(quantities('us28', '14'), ['100000000000 USD', '50 percent', '100000000000 USD']);
    assert.deepEqual(quantities('us28', '25'), ['100 days']);
    assert.equal(point('us28', '10').conditions.length, 3);
    assert.match(point('us28', '10').conditions[1]?.then ?? '', /sanctions reinstated/);
  });

  test('a clause is written once: no sub-point restates a condition of its point', () => {
    // A reader would otherwise see it twice, as "IF … THEN …" and again as a sub-point (us28 point 10 did).
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9 ]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    for (const v of versions.values())
      for (const p of v.points)
        for (const sub of p.subPoints ?? [])
          for (const c of p.conditions)
            assert.ok(
              !words(sub.text.en ?? '').includes(words(c.if)),
              `${v.key}#${sub.number} restates the condition "if ${c.if}" of point ${p.number}`,
            );
  });

  test('the E3 counter-draft branches from the US draft: 800,000 cap, amnesty and point 3 gone', () => {
    const e3 = version('e3');
    assert.equal(e3.parent, 'us28');
    assert.equal(e3.points.length, 26);
    assert.equal(
      e3.points.find((p) => p.number === '3' || p.number === '26'),
      undefined,
    );
    assert.deepEqual(quantities('e3', '6'), ['800000 personnel']);
    assert.equal(point('e3', '6').continues, 'us28#6');
    // Unchanged points are carried over with the same text and lineage.
    assert.deepEqual(point('e3', '27').text, point('us28', '27').text);
    assert.equal(point('e3', '27').continues, 'us28#27');
    // Clause 10d (not in the published excerpts) is carried over as point 10's third condition.
    assert.deepEqual(point('e3', '10').conditions, point('us28', '10').conditions);
    assert.deepEqual(
      point('e3', '10').subPoints?.map((s) => s.continues),
      ['us28#10.a'],
    );
    // A replaced point keeps its lineage but not its sub-points.
    assert.equal(point('e3', '21').continues, 'us28#21');
    assert.equal(point('e3', '21').subPoints, undefined);
  });

  test('the December version answers Geneva and derives from any earlier version: 28#6 → E3#6 → 20#4', () => {
    const dec20 = version('dec20');
    assert.equal(dec20.parent, 'geneva');
    assert.equal(dec20.points.length, 20);
    assert.deepEqual(point('dec20', '4').from, ['e3#6']);
    assert.equal(point('e3', '6').continues, 'us28#6');
    assert.deepEqual(quantities('dec20', '4'), ['800000 personnel']);
    assert.equal(point('dec20', '10').from, undefined, 'the free-trade point is new');
    assert.deepEqual(
      point('dec20', '9').from,
      ['us28#14'],
      'the funds point brings back what Geneva dropped',
    );
    assert.deepEqual(quantities('dec20', '9'), ['800000000000 USD']);
  });

  test('Geneva is what is known of it: four points dropped, two left to the presidents, no note for developers', () => {
    const geneva = version('geneva');
    assert.equal(geneva.parent, 'us28');
    for (const gone of ['6', '13', '14', '26'])
      assert.equal(
        geneva.points.some((p) => p.number === gone),
        false,
      );
    assert.match(point('geneva', '7').note ?? '', /left to Presidents/i);
    for (const v of versions.values()) assert.doesNotMatch(v.note, /README|fixtures\//, `${v.key}'s note`);
  });

  test('the Gaza plan has 20 points with hostages, prisoners and deadlines', () => {
    const gaza = version('gaza20');
    assert.equal(gaza.points.length, 20);
    assert.ok(quantities('gaza20', '4').includes('72 hours'));
    assert.deepEqual(quantities('gaza20', '5'), [
      '250 prisoners',
      '1700 detainees',
      "15 remains per 1 hostage's remains",
    ]);
    assert.deepEqual(point('gaza20', '4').commitments[0]?.due, {
      event: 'within 72 hours of Israel publicly accepting the agreement',
    });
  });

  test('every point has categories from the fixed list', () => {
    const keys = new Set(fixtures.categories.map((c) => c.key));
    assert.ok(keys.has('cease') && keys.has('milrfm') && keys.has('secguar'));
    for (const v of versions.values())
      for (const p of allPoints(v)) for (const c of p.categories) assert.ok(keys.has(c), `${p.key}: ${c}`);
  });
});

describe('reading broken fixtures', () => {
  function brokenCopy(edit: (dir: string) => void): URL {
    const dir = mkdtempSync(join(tmpdir(), 'concord-demo-'));
    cpSync(FIXTURES_DIR, dir, { recursive: true });
    edit(dir);
    return pathToFileURL(`${dir}/`);
  }
  function editJson(dir: string, file: string, change: (json: Record<string, unknown>) => void): void {
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    change(json);
    writeFileSync(path, JSON.stringify(json));
  }

  test('malformed JSON names the file', () => {
    const dir = brokenCopy((d) => writeFileSync(join(d, 'versions/e3.json'), '{ "key": '));
    assert.throws(() => readDemoFixtures(dir), /versions\/e3\.json: not valid JSON/);
    rmSync(dir, { recursive: true });
  });

  test('a schema violation names the file and the field', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'versions/us28.json', (j) => {
        j.status = 'leaked';
      }),
    );
    assert.throws(() => readDemoFixtures(dir), /versions\/us28\.json: .*status/s);
    rmSync(dir, { recursive: true });
  });

  test('a change to a point the parent does not have is refused', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'versions/e3.json', (j) => {
        (j.changes as unknown[]).push({ point: '29', action: 'delete' });
      }),
    );
    assert.throws(() => readDemoFixtures(dir), /us28 has no point 29/);
    rmSync(dir, { recursive: true });
  });

  test('an unknown category or party is reported', () => {
    const dir = brokenCopy((d) =>
      editJson(d, 'versions/gaza20.json', (j) => {
        const [first] = j.points as { categories: string[]; commitments: { obligor: string }[] }[];
        if (first === undefined) throw new Error('no point');
        first.categories = ['no-such-category'];
        first.commitments = [
          {
            obligor: 'party:atlantis',
            beneficiary: null,
            action: 'x',
            due: null,
            verification: null,
          } as never,
        ];
      }),
    );
    assert.throws(
      () => readDemoFixtures(dir),
      (e: Error) =>
        /unknown category no-such-category/.test(e.message) && /unknown party atlantis/.test(e.message),
    );
    rmSync(dir, { recursive: true });
  });
});
