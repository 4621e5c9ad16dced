// The signing key's life through the CLI against a running server, as a delegate would live it: generate a key
// here, register its public half with a token, rotate to a new key approved by the old one, sign the final
// version with the new key and submit the signature, then check the exported signatures file offline. The
// private key files never leave this machine (the server holds public keys only).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, uuidv7 } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import {
  createParty,
  createPlan,
  createProcess,
  createVersion,
  grantMembership,
  issueApiToken,
  loadPrincipal,
  startServer,
  systemClock,
} from '@concord/server';
import { runConcord } from '../test-support.ts';

for (const target of databaseTargets()) {
  describe(`concord key and sign against a server (${target.name})`, { timeout: 180_000 }, () => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startServer>>;
    let token: string;
    let versionId: string;
    const dir = mkdtempSync(join(tmpdir(), 'concord-key-cli-'));
    const [oldKey, newKey] = [join(dir, 'old.key'), join(dir, 'new.key')];
    before(async () => {
      store = await target.open();
      const ctx = { store, principal: OPERATOR, clock: systemClock };
      const person = async (name: string) => {
        const id = uuidv7();
        const at = new Date().toISOString();
        return store.accounts.create(
          { name, handle: `k-${id.slice(-12)}`, mayOpenProcesses: false },
          { id, at },
        );
      };
      const process = await createProcess(ctx, {
        title: 'Gaza',
        description: '',
        audience: { kind: 'public' },
      });
      const member = (accountId: string, role: 'mediator' | 'delegate', partyId: string | null) =>
        grantMembership(ctx, {
          processId: process.id,
          accountId,
          role,
          rank: role === 'mediator' ? 'lead' : null,
          partyId,
          name: role,
        });
      const lead = await person('Mediator');
      await member(lead.id, 'mediator', null);
      const mediator = {
        ...ctx,
        principal: await loadPrincipal(store, lead.id, { kind: 'session', id: 'test' }),
      };
      const party = await createParty(mediator, { processId: process.id, name: 'Israel', kind: 'party' });
      const us = await createParty(mediator, {
        processId: process.id,
        name: 'United States',
        kind: 'mediator',
      });
      const plan = await createPlan(mediator, {
        processId: process.id,
        title: 'Plan',
        mediatorPartyId: us.id,
      });
      const version = await createVersion(mediator, {
        planId: plan.id,
        label: 'Agreed',
        status: 'final',
        audience: { kind: 'public' },
        points: [{ text: { en: 'All hostages are released.', he: 'כל החטופים משוחררים.' } }],
      });
      versionId = version.id;
      const account = await person('Delegate');
      const membership = await member(account.id, 'delegate', party.id);
      token = (await issueApiToken(ctx, { membershipId: membership.id, label: 'cli' })).token;
      server = await startServer({ store, port: 0 });
    });
    after(async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('generate, register, rotate, sign and submit; the signatures file verifies offline', async () => {
      const url = server.url;
      for (const file of [oldKey, newKey])
        assert.equal((await runConcord(['key', 'generate', '--out', file])).code, 0);
      const registered = await runConcord([
        'key',
        'register',
        '--url',
        url,
        '--token',
        token,
        '--key',
        oldKey,
      ]);
      assert.equal(registered.code, 0, registered.stderr);
      const oldId = registered.stdout.split('\t')[0]?.replace('registered key ', '') as string;
      const rotate = ['key', 'rotate', '--url', url, '--token', token, '--key', oldKey, '--key-id', oldId];
      const rotated = await runConcord([...rotate, '--new', newKey]);
      assert.equal(rotated.code, 0, rotated.stderr);
      const newId = rotated.stdout.split('\t')[0]?.replace('rotated to key ', '') as string;
      const exported = async () => (await fetch(`${url}/api/versions/${versionId}/signatures`)).text();
      const hash = JSON.parse(await exported()).versionHash as string;
      const submit = ['--url', url, '--token', token, '--version', versionId];
      const withOld = await runConcord([
        'sign',
        '--key',
        oldKey,
        '--version-hash',
        hash,
        ...submit,
        '--key-id',
        oldId,
      ]);
      assert.notEqual(withOld.code, 0, 'the rotated-away key signs nothing');
      const signed = await runConcord([
        'sign',
        '--key',
        newKey,
        '--version-hash',
        hash,
        ...submit,
        '--key-id',
        newId,
      ]);
      assert.equal(signed.code, 0, signed.stderr);
      const file = join(dir, 'signatures.json');
      writeFileSync(file, await exported());
      const verified = await runConcord(['verify', '--signatures', file, '--version-hash', hash]);
      assert.equal(verified.code, 0, verified.stderr);
      assert.match(verified.stdout, /^verified: 1 signature\(s\) .*: Israel \(key /);
      const keys = JSON.stringify(await (await fetch(`${url}/api/log/entries?limit=100`)).json());
      for (const f of [oldKey, newKey]) {
        const seed = readFileSync(f, 'utf8').split('\n')[1] as string;
        assert.ok(!keys.includes(seed), 'no private key reached the server');
      }
    });
  });
}
