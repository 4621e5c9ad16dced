import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Point, Version } from '@concord/core';
import {
  ABSENT_LABEL,
  buildPlanDomain,
  DELETED_LABEL,
  PlanDomainError,
  wordingGroups,
} from './build-plan-domain.ts';
import { fullSizeTexts } from './testdata/full-size-plan.ts';
import {
  AMNESTY,
  ARMY,
  NATO,
  points,
  SOVEREIGNTY,
  V28,
  VDEC,
  VE3,
  versions,
} from './testdata/reference-plan.ts';

describe('buildPlanDomain on the reference plan', () => {
  test('contested points become issues named by their number in the target version', () => {
    const d = buildPlanDomain({ versions, points, target: V28 });
    assert.deepEqual(
      d.issues.map((i) => i.name),
      ['Point 6', 'Point 7', 'Point 26'],
    );
    assert.deepEqual(
      d.issuesMeta.map((m) => m.lineageId),
      [ARMY, NATO, AMNESTY],
    );
    // sovereignty differs only by a typographic apostrophe and spaces: not contested
    assert.ok(!d.issuesMeta.some((m) => m.lineageId === SOVEREIGNTY));
  });

  test('options are the distinct wordings, labelled by the words that set them apart', () => {
    const d = buildPlanDomain({ versions, points, target: V28 });
    assert.deepEqual(d.issues[0]?.options, ['600,000 personnel', '800,000 in peacetime']);
    assert.deepEqual(d.issues[2]?.options, ['Everyone involved gets a full amnesty…', DELETED_LABEL]);
    const army = d.optionsMeta[0] ?? [];
    assert.deepEqual(army[0]?.versionIds, [V28]);
    assert.deepEqual(army[1]?.versionIds, [VE3, VDEC]);
    assert.deepEqual(army[1]?.versionLabels, ['E3 counter-draft', 'December version']);
    assert.deepEqual(army[1]?.quantities, ['800000 personnel']);
    const amnesty = d.optionsMeta[2] ?? [];
    assert.equal(amnesty[1]?.kind, 'deleted');
    assert.equal(amnesty[1]?.text, null);
    assert.deepEqual(amnesty[1]?.versionIds, [VE3, VDEC]);
  });

  test('the draft is the option each target version carries', () => {
    assert.deepEqual(buildPlanDomain({ versions, points, target: V28 }).draft, [0, 0, 0]);
    assert.deepEqual(buildPlanDomain({ versions, points, target: VE3 }).draft, [1, 1, 1]);
  });

  test('the December version (default target, last given) renumbers the cap; a deleted point keeps its old number', () => {
    const d = buildPlanDomain({ versions, points });
    assert.equal(d.targetVersionId, VDEC);
    assert.deepEqual(
      d.issues.map((i) => i.name),
      ['Point 4', 'Point 5', 'Point 26 of 28-point draft'],
    );
    assert.deepEqual(
      d.issuesMeta.map((m) => m.inTarget),
      [true, true, false],
    );
    assert.equal(d.issuesMeta[0]?.title, "Ukraine's armed forces are capped at 800,000 in…");
    assert.deepEqual(d.draft, [1, 1, 1]);
  });

  test('an explicit contested list is followed, even for a point with one wording', () => {
    const d = buildPlanDomain({ versions, points, target: V28, contested: [AMNESTY, SOVEREIGNTY] });
    assert.deepEqual(
      d.issuesMeta.map((m) => m.lineageId),
      [SOVEREIGNTY, AMNESTY],
    );
    assert.equal(d.issues[0]?.options.length, 1);
    assert.deepEqual(d.draft, [0, 0]);
  });
});

describe('buildPlanDomain on other shapes', () => {
  const two = versions.slice(0, 2) as Version[];
  const army = (p: Point) => p.lineageId === ARMY && p.versionId !== VDEC;

  test('a point that appears only in a later version is "not included" in the earlier one', () => {
    const added: Point = { ...(points[5] as Point), id: 'x-new', lineageId: 'lineage-new', number: '29' };
    const d = buildPlanDomain({ versions: two, points: [...points.filter(army), added] });
    const issue = d.issues.find((i) => i.name === 'Point 29');
    assert.ok(issue);
    assert.deepEqual(issue.options, [ABSENT_LABEL, issue.options[1]]);
    assert.equal(d.optionsMeta[d.issues.indexOf(issue)]?.[0]?.kind, 'absent');
  });

  test('the same words with different quantities are two options named by the quantity', () => {
    const base = points.filter(army);
    const same = base.map((p) => ({ ...p, text: { en: 'The armed forces are capped.' } }));
    const d = buildPlanDomain({ versions: two, points: same });
    assert.deepEqual(d.issues[0]?.options, ['600000 personnel', '800000 personnel']);
  });

  test('a wording contained in another is named by its first words, and labels stay unique', () => {
    const base = points.filter(army);
    const texts = ['The armed forces are capped.', 'The armed forces are capped.'];
    const d = buildPlanDomain({
      versions: two,
      points: base.map((p, i) => ({ ...p, text: { en: texts[i] as string }, quantities: [] })),
      contested: [ARMY],
    });
    assert.deepEqual(d.issues[0]?.options, ['The armed forces are capped']);
    const longer = ['The armed forces are capped.', 'The armed forces are capped in peacetime.'];
    const e = buildPlanDomain({
      versions: two,
      points: base.map((p, i) => ({ ...p, text: { en: longer[i] as string }, quantities: [] })),
    });
    assert.deepEqual(e.issues[0]?.options, ['The armed forces are capped', 'in peacetime']);
  });

  test('wordings with no words of their own still get distinct, non-empty labels', () => {
    const base = points.filter(army);
    const texts = ['"', '" "'];
    const d = buildPlanDomain({
      versions: two,
      points: base.map((p, i) => ({ ...p, text: { en: texts[i] as string }, quantities: [] })),
    });
    const options = d.issues[0]?.options ?? [];
    assert.deepEqual(options, ['wording 1', 'wording 2']);
  });

  test('another language is compared when asked', () => {
    const base = points.filter(army).map((p, i) => ({
      ...p,
      text: {
        ...p.text,
        uk: i === 0 ? 'Чисельність ЗСУ: 600 тисяч.' : 'Чисельність ЗСУ: 800 тисяч у мирний час.',
      },
    }));
    const d = buildPlanDomain({ versions: two, points: base, language: 'uk' });
    assert.deepEqual(d.issues[0]?.options, ['600', '800 тисяч у мирний час']);
  });
});

describe('buildPlanDomain refuses malformed input', () => {
  const refuses = (input: Parameters<typeof buildPlanDomain>[0], message: RegExp) =>
    assert.throws(
      () => buildPlanDomain(input),
      (e: unknown) => e instanceof PlanDomainError && message.test(e.message),
    );

  test('no versions', () => refuses({ versions: [], points: [] }, /at least one version/));
  test('a version twice', () =>
    refuses({ versions: [...versions, versions[0] as Version], points }, /given twice/));
  test('a point of an unknown version', () =>
    refuses({ versions: versions.slice(0, 1), points }, /not among the versions/));
  test('a lineage split in one version is one issue whose wording is the parts read together', () => {
    const part = { ...(points[1] as Point), id: 'part', ordinal: 99, text: { en: 'And a second part.' } };
    const domain = buildPlanDomain({ versions, points: [...points, part] });
    const texts = domain.optionsMeta.flat().map((o) => o.text ?? '');
    assert.ok(texts.some((t) => t.endsWith('And a second part.') && t.length > 'And a second part.'.length));
  });
  test('an unknown target', () => refuses({ versions, points, target: 'nope' }, /target version nope/));
  test('an unknown contested lineage', () => refuses({ versions, points, contested: ['nope'] }, /in none/));
  test('a contested lineage twice', () => refuses({ versions, points, contested: [ARMY, ARMY] }, /twice/));
  test('records that are not versions or points', () => {
    refuses({ versions: [null as unknown as Version], points: [] }, /version 1 has no id/);
    refuses({ versions, points: [{ id: 'x' } as unknown as Point] }, /lineage id and a number/);
    refuses({ versions, points: 'all' as unknown as Point[] }, /points must be a list/);
  });
  test('a point without text', () =>
    refuses({ versions, points: [{ ...(points[0] as Point), text: {} }] }, /has no text/));
});

describe('wordingGroups: the domain’s grouping of versions by wording, without the domain', () => {
  const byFirst = (a: { versionIds: string[] }, b: { versionIds: string[] }) =>
    (a.versionIds[0] ?? '').localeCompare(b.versionIds[0] ?? '');
  for (const [name, plan] of [
    ['the reference plan', { versions, points }],
    ['the full-size plan', fullSizeTexts()],
  ] as const)
    test(`${name}: the same groups as the built domain’s options, absence included, on every point`, () => {
      const built = buildPlanDomain(plan);
      const groups = wordingGroups(plan.versions, plan.points);
      assert.equal(groups.size >= built.issues.length, true);
      built.issuesMeta.forEach((meta, i) => {
        const expected = (built.optionsMeta[i] ?? []).map((o) => ({
          absent: o.kind !== 'variant',
          versionIds: o.versionIds,
          versionLabels: o.versionLabels,
        }));
        assert.deepEqual(
          [...(groups.get(meta.lineageId) ?? [])].sort(byFirst),
          expected.sort(byFirst),
          meta.number,
        );
      });
    });
});
