// `concord access`: keys granted, listed and revoked by the operator on an existing store, with one-line errors
// for bad input and nothing changed by a refused grant.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '@concord/db';
import { createParty, createProcess } from '@concord/server';
import { runConcord } from './test-support.ts';

const root = mkdtempSync(join(tmpdir(), 'concord-access-'));
const dataDir = join(root, 'store');
let processId = '';
let partyId = '';

async function withStore<T>(fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `one line expected, got: ${stderr}`);
  return lines[0] as string;
}

describe('concord access', () => {
  before(async () => {
    await withStore(async (store) => {
      processId = (await createProcess(store, { title: 'Talks', description: '' }, 'test')).id;
      partyId = (await createParty(store, { processId, name: 'Ukraine', kind: 'party', aliases: [] }, 'test'))
        .id;
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('grant prints the key once; the store resolves it to the principal; list and revoke', async () => {
    const granted = await runConcord([
      'access',
      'grant',
      '--process',
      processId,
      '--party',
      partyId,
      '--label',
      'Kyiv delegation',
      '--data-dir',
      dataDir,
    ]);
    assert.equal(granted.code, 0, granted.stderr);
    const key = granted.stdout.trim();
    assert.match(key, /^ck_[A-Za-z0-9_-]{43}$/);
    const resolved = await withStore((store) => store.accessKeys.resolve(key));
    assert.deepEqual(resolved?.principal, { role: 'party', processId, partyId });
    assert.equal(resolved?.label, 'Kyiv delegation');

    const listed = await runConcord(['access', 'list', '--data-dir', dataDir]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`${resolved?.id}  active  party ${partyId}`));
    assert.ok(!listed.stdout.includes(key), 'list never shows a key');

    const revoked = await runConcord(['access', 'revoke', resolved?.id ?? '', '--data-dir', dataDir]);
    assert.equal(revoked.code, 0, revoked.stderr);
    assert.equal(await withStore((store) => store.accessKeys.resolve(key)), null);
    const again = await runConcord(['access', 'revoke', resolved?.id ?? '', '--data-dir', dataDir]);
    assert.equal(again.code, 1);
    assert.match(oneLine(again.stderr), /no active key/);
  });

  test('bad grants fail with one line and grant nothing', async () => {
    const before = await withStore((store) => store.accessKeys.list());
    const cases: [string[], RegExp][] = [
      [['--process', processId], /--mediator or --party/],
      [['--process', processId, '--mediator', '--party', partyId], /not both/],
      [['--process', 'nope', '--mediator'], /--process must be a UUID/],
      [['--process', partyId, '--mediator'], /cannot grant the key/],
    ];
    for (const [args, message] of cases) {
      const r = await runConcord(['access', 'grant', ...args, '--data-dir', dataDir]);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.match(oneLine(r.stderr), message);
      assert.equal(r.stdout, '');
    }
    const missing = await runConcord(['access', 'list', '--data-dir', join(root, 'typo')]);
    assert.match(oneLine(missing.stderr), /no Concord store/);
    assert.deepEqual(await withStore((store) => store.accessKeys.list()), before);
  });
});
