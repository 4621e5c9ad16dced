// Invitations and one-time sign-in links: a link is consumed at most once, only before it expires and unless it
// was revoked, even when two stores race with it; a consume can be released when what followed it failed; none of
// it is logged; no refusal quotes a token hash.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import { StoreError } from '../errors.ts';
import type { Store } from '../store.ts';
import { databaseTargets, openSibling } from '../testing.ts';
import { invitationState, type NewInvitation } from './invitations.ts';
import { insertAccount, later, T0 } from './sign-in-fixtures.ts';

const newHash = () => createHash('sha256').update(randomBytes(32)).digest('hex');

function offer(
  processId: string,
  overrides: Partial<Extract<NewInvitation, { kind: 'membership' }>> = {},
): NewInvitation {
  return {
    kind: 'membership',
    tokenHash: newHash(),
    processId,
    role: 'delegate',
    rank: null,
    partyId: uuidv7(),
    name: 'Rustem Umerov',
    email: 'r.umerov@example.org',
    invitedBy: null,
    at: T0,
    expiresAt: later(3600),
    ...overrides,
  };
}

for (const target of databaseTargets()) {
  describe(`invitations on ${target.name}`, () => {
    let store: Store;
    let account: string;
    before(async () => {
      store = await target.open();
      account = await insertAccount(store);
    });
    after(() => store.close());

    test('created, found by token, listed by process newest first, consumed once', async () => {
      const processId = uuidv7();
      const first = offer(processId, { invitedBy: account });
      const created = await store.invitations.create(first);
      assert.deepEqual(created, {
        kind: 'membership',
        id: created.id,
        processId,
        role: 'delegate',
        rank: null,
        partyId: first.kind === 'membership' ? first.partyId : null,
        name: 'Rustem Umerov',
        email: 'r.umerov@example.org',
        invitedBy: account,
        createdAt: T0,
        expiresAt: later(3600),
        usedAt: null,
        usedBy: null,
        revokedAt: null,
      });
      assert.equal(invitationState(created, later(1)), 'open');
      assert.deepEqual(await store.invitations.findByToken(first.tokenHash), created);
      assert.deepEqual(await store.invitations.get(created.id), created);
      const second = await store.invitations.create(
        offer(processId, { role: 'mediator', rank: 'staff', partyId: null, at: later(5), email: null }),
      );
      await store.invitations.create(offer(uuidv7()));
      assert.deepEqual(
        (await store.invitations.listByProcess(processId)).map((i) => i.id),
        [second.id, created.id],
      );

      const newcomer = uuidv7();
      const used = await store.invitations.consume(first.tokenHash, 'membership', later(10), newcomer);
      assert.equal(used?.usedAt, later(10));
      assert.equal(used?.usedBy, newcomer);
      assert.equal(used && invitationState(used, later(11)), 'used');
      assert.equal(await store.invitations.consume(first.tokenHash, 'membership', later(11), account), null);
    });

    test('an expired, revoked or other-kind link is not consumed, and trying does not use it up', async () => {
      const expiring = offer(uuidv7(), { expiresAt: later(60) });
      const created = await store.invitations.create(expiring);
      assert.equal(
        await store.invitations.consume(expiring.tokenHash, 'membership', later(60), account),
        null,
      );
      assert.equal(invitationState(created, later(60)), 'expired');
      assert.equal(await store.invitations.consume(expiring.tokenHash, 'sign-in', later(1), account), null);
      assert.ok(await store.invitations.consume(expiring.tokenHash, 'membership', later(59), account));

      const revoked = offer(uuidv7());
      const r = await store.invitations.create(revoked);
      assert.equal(await store.invitations.revoke(r.id, later(1)), true);
      assert.equal(await store.invitations.revoke(r.id, later(2)), false, 'revoked once');
      assert.equal(await store.invitations.consume(revoked.tokenHash, 'membership', later(3), account), null);
      const after = await store.invitations.get(r.id);
      assert.equal(after && invitationState(after, later(3)), 'revoked');
      assert.equal(
        await store.invitations.revoke(created.id, later(70)),
        false,
        'a used link cannot be revoked',
      );
    });

    test('a released consume makes the link usable again; only the use it names is released', async () => {
      const link = offer(uuidv7());
      const created = await store.invitations.create(link);
      assert.ok(await store.invitations.consume(link.tokenHash, 'membership', later(10), uuidv7()));
      assert.equal(await store.invitations.release(created.id, later(11)), false, 'another use');
      assert.equal(await store.invitations.release(created.id, later(10)), true);
      const again = await store.invitations.consume(link.tokenHash, 'membership', later(20), account);
      assert.equal(again?.usedBy, account);
    });

    test('a sign-in link names an existing account', async () => {
      const tokenHash = newHash();
      const link = await store.invitations.create({
        kind: 'sign-in',
        tokenHash,
        accountId: account,
        invitedBy: null,
        at: T0,
        expiresAt: later(86_400),
      });
      assert.equal(link.kind, 'sign-in');
      assert.equal(link.kind === 'sign-in' && link.accountId, account);
      assert.equal(await store.invitations.consume(tokenHash, 'membership', later(1), account), null);
      assert.equal((await store.invitations.consume(tokenHash, 'sign-in', later(1), account))?.id, link.id);
      await assert.rejects(
        store.invitations.create({
          kind: 'sign-in',
          tokenHash: newHash(),
          accountId: uuidv7(),
          invitedBy: null,
          at: T0,
          expiresAt: later(60),
        }),
        (e: unknown) => e instanceof StoreError && e.code === 'BAD_INPUT',
      );
    });

    test('two stores racing with one link: exactly one consumes it', async () => {
      const sibling = await openSibling(store);
      try {
        for (let round = 0; round < 5; round++) {
          const link = offer(uuidv7());
          await store.invitations.create(link);
          const results = await Promise.all([
            store.invitations.consume(link.tokenHash, 'membership', later(5), uuidv7()),
            sibling.invitations.consume(link.tokenHash, 'membership', later(5), uuidv7()),
          ]);
          assert.equal(results.filter((r) => r !== null).length, 1);
        }
      } finally {
        await sibling.close();
      }
    });

    test('refusals name the argument, never the token hash; a hash is used once', async () => {
      const link = offer(uuidv7());
      await store.invitations.create(link);
      const refusals = [
        () => store.invitations.create({ ...link, tokenHash: link.tokenHash }),
        () => store.invitations.create({ ...link, tokenHash: `${link.tokenHash}x` }),
        () => store.invitations.create({ ...offer(uuidv7()), expiresAt: T0 }),
        () => store.invitations.create(offer(uuidv7(), { role: 'king' as never })),
        () => store.invitations.create(offer(uuidv7(), { name: ' ' })),
      ];
      const codes: string[] = [];
      for (const refusal of refusals)
        await assert.rejects(refusal(), (e: unknown) => {
          assert.ok(e instanceof StoreError);
          assert.ok(!e.message.includes(link.tokenHash));
          codes.push(e.code);
          return true;
        });
      assert.deepEqual(codes, ['CONFLICT', 'BAD_INPUT', 'BAD_INPUT', 'BAD_INPUT', 'BAD_INPUT']);
      assert.equal(await store.invitations.findByToken('not a hash'), null);
      assert.equal(await store.invitations.consume('not a hash', 'membership', later(1), account), null);
    });

    test('nothing is logged, and rebuilding the read tables leaves invitations alone', async () => {
      const size = await store.log.size();
      const link = offer(uuidv7());
      await store.invitations.create(link);
      await store.invitations.consume(link.tokenHash, 'membership', later(1), account);
      assert.equal(await store.log.size(), size);
      assert.equal((await store.rebuildProjections()).equal, true);
      assert.ok(await store.invitations.findByToken(link.tokenHash));
    });
  });
}
