// `concord witnesses add | list`: the operator registers a witness on the store by the key it printed; a second
// registration or a key that is not a witness key is one line, exit 1, and nothing stored.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateCosignerKey } from '@concord/ledger';
import { type CliStore, pgliteCliStore } from '../cli-stores.ts';
import { runConcord } from '../test-support.ts';

describe('concord witnesses', { timeout: 120_000 }, () => {
  let cli: CliStore;
  before(async () => {
    cli = pgliteCliStore('concord-witnesses');
    await cli.use(async () => {});
  });
  after(() => cli.remove());

  test('add registers a witness, list shows it, and refusals change nothing', async () => {
    const ua = generateCosignerKey('witness.ukraine.example/concord');
    const added = await runConcord(['witnesses', 'add', ua.verifierKey, ...cli.args]);
    assert.equal(added.code, 0, added.stderr);
    assert.equal(added.stdout, 'registered witness witness.ukraine.example/concord\n');
    for (const bad of [
      ua.verifierKey,
      'not-a-key',
      generateCosignerKey('x').verifierKey.replace(/\+[0-9a-f]{8}\+/, '+00000000+'),
    ]) {
      const refused = await runConcord(['witnesses', 'add', bad, ...cli.args]);
      assert.equal(refused.code, 1, bad);
      assert.match(refused.stderr, /^concord: cannot register the witness: [^\n]+\n$/);
    }
    const listed = await runConcord(['witnesses', 'list', ...cli.args]);
    assert.equal(listed.code, 0, listed.stderr);
    assert.equal(listed.stdout, `witness.ukraine.example/concord\tnot witnessed yet\t${ua.verifierKey}\n`);
    assert.equal((await cli.use((store) => store.witnesses.list())).length, 1);
  });
});
