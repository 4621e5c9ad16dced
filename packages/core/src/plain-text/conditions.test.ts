import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauses, findConditions } from './conditions.ts';
import { cpuTime } from './test-support.ts';

test('if … then, in its printed forms', () => {
  const cases: [string, { if: string; then: string }[]][] = [
    [
      'If Russia invades Ukraine, sanctions will be reinstated.',
      [{ if: 'Russia invades Ukraine', then: 'sanctions will be reinstated' }],
    ],
    [
      'If the parties agree then a ceasefire takes effect.',
      [{ if: 'the parties agree', then: 'a ceasefire takes effect' }],
    ],
    [
      'Ukraine loses the guarantee if it invades Russia.',
      [{ if: 'it invades Russia', then: 'Ukraine loses the guarantee' }],
    ],
    [
      'Sanctions are lifted in stages, provided that Russia complies.',
      [{ if: 'Russia complies', then: 'Sanctions are lifted in stages' }],
    ],
    [
      'Aid continues unless Hamas rejects the plan.',
      [{ if: 'unless Hamas rejects the plan', then: 'Aid continues' }],
    ],
    [
      'In the event that the ceasefire is violated, the Council will meet within 24 hours.',
      [{ if: 'the ceasefire is violated', then: 'the Council will meet within 24 hours' }],
    ],
    [
      'Should Ukraine fire a missile at Moscow without cause, the guarantee will be void.',
      [{ if: 'Ukraine fire a missile at Moscow without cause', then: 'the guarantee will be void' }],
    ],
    [
      'Any security guarantees will not apply in the event of a breach of this commitment.',
      [{ if: 'a breach of this commitment', then: 'Any security guarantees will not apply' }],
    ],
    [
      'Якщо Росія нападе, санкції буде відновлено.',
      [{ if: 'Росія нападе', then: 'санкції буде відновлено' }],
    ],
    [
      'Если Россия нападет, то санкции будут восстановлены.',
      [{ if: 'Россия нападет', then: 'санкции будут восстановлены' }],
    ],
    [
      'The U.S. receives compensation. If Ukraine invades Russia, it loses the guarantee; if Russia invades Ukraine, sanctions return.',
      [
        { if: 'Ukraine invades Russia', then: 'it loses the guarantee' },
        { if: 'Russia invades Ukraine', then: 'sanctions return' },
      ],
    ],
  ];
  for (const [text, expected] of cases) assert.deepEqual(findConditions(text), expected, text);
});

test('conservative: no condition where none is stated', () => {
  for (const text of [
    'Ukraine will receive security guarantees.',
    'The guarantee provided to Ukraine shall be as follows:',
    'Forces will respond as if attacked.',
    'Further measures will follow, if necessary.',
    'Elections will be held even if the war goes on.',
    'The parties should meet regularly.',
    'It is unclear whether talks resume.',
  ])
    assert.deepEqual(findConditions(text), [], text);
});

test('sentences split without cutting abbreviations', () => {
  assert.deepEqual(clauses('The U.S. President agrees. Then St. Petersburg; and more'), [
    'The U.S. President agrees.',
    'Then St. Petersburg;',
    'and more',
  ]);
});

test('a very long clause is left alone and costs linear time', () => {
  const text = `If ${'x '.repeat(300_000)}, then y.`;
  const { result, ms } = cpuTime(() => findConditions(text));
  assert.deepEqual(result, []);
  assert.ok(ms < 1000, `${ms} ms`);
});
