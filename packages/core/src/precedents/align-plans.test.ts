// The demo's Gaza 20 points against the US 28-point draft: the provisions the reference case names as shared
// (a halt to fighting, reconstruction funding, a board chaired by the US president) are found, and each plan
// keeps points of its own. The alignment is printed so a reader sees what the rules found.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CandidatePoint } from '../lineage/propose/index.ts';
import { alignPlans } from './align-plans.ts';
import type { NamedParty } from './neutralise.ts';

const fixtures = new URL('../../../server/src/demo/fixtures/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), 'utf8'));

type FixturePoint = {
  key: string;
  number: string;
  text: Record<string, string>;
  categories?: string[];
  quantities?: CandidatePoint['quantities'];
  conditions?: CandidatePoint['conditions'];
  subPoints?: FixturePoint[];
};

function pointsOf(file: string): CandidatePoint[] {
  const version = read(`versions/${file}`) as { key: string; points: FixturePoint[] };
  const out: CandidatePoint[] = [];
  const walk = (points: FixturePoint[], parent: string | null) =>
    points.forEach((p, ordinal) => {
      out.push({
        id: p.key,
        versionId: version.key,
        parentPointId: parent,
        ordinal,
        number: p.number,
        text: p.text,
        categories: p.categories ?? [],
        quantities: p.quantities ?? [],
        conditions: p.conditions ?? [],
      });
      walk(p.subPoints ?? [], p.key);
    });
  walk(version.points, null);
  return out;
}

const processes = read('processes.json') as { processes: { key: string; parties: NamedParty[] }[] };
const partiesOf = (key: string) => processes.processes.find((p) => p.key === key)?.parties ?? [];
const categoryNames = new Map(
  (read('categories.json') as { categories: { key: string; name: string }[] }).categories.map((c) => [
    c.key,
    c.name,
  ]),
);

const gaza = pointsOf('gaza20.json');
const us28 = pointsOf('us28.json');
const alignment = alignPlans(gaza, us28, {
  partiesA: partiesOf('gaza-2025'),
  partiesB: partiesOf('ru-ua-2025'),
  categoryName: (key) => categoryNames.get(key) ?? key,
});
const textOf = (id: string) => [...gaza, ...us28].find((p) => p.id === id)?.text.en ?? '';
const pairOf = (gazaKey: string) => alignment.pairs.find((p) => p.a === gazaKey);

test('prints the alignment of the Gaza 20 points with the US 28-point draft', () => {
  const lines = alignment.pairs.map(
    (p) =>
      `${p.a.padEnd(10)} ↔ ${p.b.padEnd(8)} ${p.score.toFixed(2)}  ${p.reasons.join('; ')}\n      ${textOf(p.a).slice(0, 90)}\n      ${textOf(p.b).slice(0, 90)}`,
  );
  console.log(
    `aligned (${alignment.pairs.length}):\n${lines.join('\n')}\nGaza alone: ${alignment.onlyA.join(', ')}\nUS 28 alone: ${alignment.onlyB.join(', ')}`,
  );
  assert.ok(alignment.pairs.length > 0);
});

test('a halt to fighting: Gaza 3 (the war stops at once) meets US 28 #28 (a ceasefire starts immediately)', () => {
  const pair = pairOf('gaza20#3');
  assert.equal(pair?.b, 'us28#28');
  assert.ok(pair.categories.includes('Cease Fire'), pair.categories.join(', '));
  assert.ok(pair.keyTerms.includes('a halt to fighting'), pair.keyTerms.join(', '));
});

test('a board chaired by the US president: the Board of Peace (Gaza 9) meets the Peace Council (US 28 #27)', () => {
  const pair = pairOf('gaza20#9');
  assert.equal(pair?.b, 'us28#27');
  assert.ok(pair.keyTerms.includes('the guarantor body'), pair.keyTerms.join(', '));
  assert.ok(pair.keyTerms.includes('chaired by a president'), pair.keyTerms.join(', '));
});

test('reconstruction funding: a Gaza point on rebuilding meets the recovery package or the frozen-assets fund', () => {
  const pair = alignment.pairs.find((p) => p.b === 'us28#12' || p.b === 'us28#14');
  assert.ok(pair, 'neither US 28 #12 nor #14 is aligned');
  assert.ok(['gaza20#2', 'gaza20#7', 'gaza20#10'].includes(pair.a), `${pair.a} is not about rebuilding Gaza`);
  assert.ok(pair.keyTerms.includes('reconstruction'), pair.keyTerms.join(', '));
  assert.ok(pair.categories.includes('Economic and Social Development'));
});

test('each plan keeps points of its own: free movement and the ISF for Gaza, the army cap and NATO for Ukraine', () => {
  assert.ok(alignment.onlyA.length >= 3, alignment.onlyA.join(', '));
  assert.ok(alignment.onlyB.length >= 8, alignment.onlyB.join(', '));
  for (const key of ['us28#6', 'us28#7', 'us28#17'])
    assert.ok(alignment.onlyB.includes(key), `${key} (army cap, NATO, START) should be the US draft's own`);
  for (const key of ['gaza20#12', 'gaza20#15'])
    assert.ok(alignment.onlyA.includes(key), `${key} should be Gaza's own`);
  // Every top-level point is in exactly one place; sub-points go with their point.
  const placed = [...alignment.pairs.flatMap((p) => [p.a, p.b]), ...alignment.onlyA, ...alignment.onlyB];
  const top = [...gaza, ...us28].filter((p) => p.parentPointId === null).map((p) => p.id);
  assert.deepEqual([...placed].sort(), [...top].sort());
});

test('without party names neutralised, the Board of Peace and the Peace Council share less', () => {
  const plain = alignPlans(gaza, us28);
  const pair = plain.pairs.find((p) => p.a === 'gaza20#9');
  assert.ok(!pair?.keyTerms.includes('the guarantor body'));
});

test('aligning a plan with nothing leaves every point its own', () => {
  const empty = alignPlans(gaza, []);
  assert.equal(empty.pairs.length, 0);
  assert.equal(empty.onlyA.length, 20);
  assert.deepEqual(alignPlans([], []), { pairs: [], onlyA: [], onlyB: [] });
});
