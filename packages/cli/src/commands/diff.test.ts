// `concord diff`: the text form of a change set, and refusals as one line with a non-zero exit.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { VersionDiff } from '@concord/core';
import { OPERATOR } from '@concord/core';
import { loadDemo } from '@concord/server';
import { pgliteCliStore } from '../cli-stores.ts';
import { runConcord } from '../test-support.ts';
import { formatDiff } from './format-diff.ts';

const point = (id: string, number: string, en: string) => ({
  id,
  versionId: '0192f0c8-7d2a-7000-8000-000000000001',
  lineageId: id,
  parentPointId: null,
  derivedFrom: [],
  note: '',
  ordinal: 0,
  number,
  text: { en },
  categories: [],
  quantities: [],
  conditions: [],
  logIndex: 1,
});

const zero = { unchanged: 0, moved: 0, amended: 0, added: 0, removed: 0, split: 0, merged: 0, restored: 0 };

describe('concord diff', () => {
  test('prints the summary, then each change with its redline and quantities in words', () => {
    const diff: VersionDiff = {
      planId: '0192f0c8-7d2a-7000-8000-000000000009',
      from: { id: '0192f0c8-7d2a-7000-8000-000000000001', label: '28-point draft' },
      to: { id: '0192f0c8-7d2a-7000-8000-000000000002', label: 'December' },
      summary: '28-point draft (2 points) → December (1 point): 1 amended, 1 removed',
      counts: { points: { ...zero, amended: 1, removed: 1 }, subPoints: zero },
      changes: [
        {
          kind: 'amended',
          before: [point('0192f0c8-7d2a-7000-8000-00000000000a', '6', 'Capped at 600,000.')],
          after: [point('0192f0c8-7d2a-7000-8000-00000000000b', '4', 'Capped at 800,000.')],
          languages: { changed: ['en'], added: [], removed: [], stale: ['uk'] },
          renumbered: true,
          recategorised: false,
          conditionsChanged: false,
          redlines: {
            en: [
              { op: 'same', text: 'Capped at' },
              { op: 'removed', text: '600,000.' },
              { op: 'added', text: '800,000.' },
            ],
          },
          quantities: ['army cap: 600,000 → 800,000 personnel'],
          topLevel: true,
          restoredFrom: [],
        },
        {
          kind: 'removed',
          before: [point('0192f0c8-7d2a-7000-8000-00000000000c', '26', 'Full amnesty.')],
          after: [],
          languages: null,
          renumbered: false,
          recategorised: false,
          conditionsChanged: false,
          redlines: {},
          quantities: [],
          topLevel: true,
          restoredFrom: [],
        },
      ],
    };
    assert.equal(
      formatDiff(diff),
      [
        '28-point draft (2 points) → December (1 point): 1 amended, 1 removed',
        'amended   6 → 4',
        '    en: Capped at [-600,000.-] {+800,000.+}',
        '    army cap: 600,000 → 800,000 personnel',
        '    out of date: uk',
        'removed   26 → —',
        '    Full amnesty.',
        '',
      ].join('\n'),
    );
  });

  test('an id that is not a UUID is refused in one line', async () => {
    const run = await runConcord(['diff', 'not-an-id', '0192f0c8-7d2a-7000-8000-000000000002']);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr.trim(), /^concord: from must be a UUID, got "not-an-id"$/);
  });

  test('a server that cannot be reached is one line and a non-zero exit', async () => {
    const ids = ['0192f0c8-7d2a-7000-8000-000000000001', '0192f0c8-7d2a-7000-8000-000000000002'];
    const run = await runConcord(['diff', ...ids, '--url', 'http://127.0.0.1:9']);
    assert.notEqual(run.code, 0);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /cannot reach http:\/\/127\.0\.0\.1:9/);
  });

  test("on a store: the demo's Geneva text against the December framework, as text and as JSON", async () => {
    const cli = pgliteCliStore('concord-diff');
    try {
      const ids = await cli.use(async (store) => {
        await loadDemo(store);
        const process = (await store.processes.list()).find((p) => p.title === 'Russia–Ukraine 2025');
        const [plan] = await store.plans.listByProcess(process?.id ?? '');
        const versions = await store.readAs(OPERATOR).versions.listByPlan(plan?.id ?? '');
        const id = (label: string) => versions.find((v) => v.label === label)?.id ?? '';
        return [id('Geneva text (reported: 19 points)'), id('December 20-point framework')];
      });
      const text = await runConcord(['diff', ...ids, ...cli.args]);
      assert.equal(text.code, 0, text.stderr);
      assert.match(
        text.stdout,
        /^Geneva text \(reported: 19 points\) \(24 points\) → December 20-point framework \(20 points\): /,
      );
      assert.match(text.stdout, /\nrestored {2}— → 9 \(point 14 of “US 28-point draft”\)\n/);
      const json = await runConcord(['diff', ...ids, '--json', ...cli.args]);
      assert.equal(json.code, 0, json.stderr);
      const restored = JSON.parse(json.stdout).changes.filter((c: { kind: string }) => c.kind === 'restored');
      assert.ok(restored.length >= 2);
      const missing = await runConcord([
        'diff',
        ids[0] ?? '',
        '0192f0c8-7d2a-7000-8000-000000000099',
        ...cli.args,
      ]);
      assert.notEqual(missing.code, 0);
      assert.equal(missing.stderr.trim().split('\n').length, 1);
    } finally {
      await cli.remove();
    }
  });
});
