// Commands are used without HTTP (the demo loader, the CLI): each takes one context { store, principal, clock },
// asks the policy before writing, stamps its event with the principal's membership and the clock's time, and
// answers with ProblemError carrying the same status and slug the API would send.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { OPERATOR, type Principal, parseActor, partiesAudience } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { loadPrincipal } from '../http/principal.ts';
import { ProblemError } from '../problems.ts';
import { memberToken, testAccount } from '../test-support.ts';
import type { CommandContext } from './context.ts';
import { createParty } from './create-party.ts';
import { createPlan } from './create-plan.ts';
import { createProcess } from './create-process.ts';
import { createVersion } from './create-version.ts';
import { shareObject } from './share-object.ts';
import { updateVersion } from './update-version.ts';

const problem = (status: number, slug: string) => (error: unknown) =>
  error instanceof ProblemError && error.status === status && error.slug === slug;

/** A clock standing still at a reference-case moment, moved on by hand. */
function simulatedClock(start: string) {
  let now = new Date(start);
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => (now = new Date(now.getTime() + ms)) });
}

for (const target of databaseTargets()) {
  describe(`commands without HTTP (${target.name})`, () => {
    let store: Store;
    let lead: CommandContext;
    const clock = simulatedClock('2025-11-20T10:00:00.000Z');
    before(async () => {
      store = await target.open();
      const account = await testAccount(store, { name: 'US mediation', mayOpenProcesses: true });
      const principal = await loadPrincipal(store, account.id, { kind: 'session', id: account.id });
      lead = { store, principal, clock };
    });
    after(() => store.close());

    const asLead = async (): Promise<CommandContext> => {
      const p = lead.principal as Extract<Principal, { kind: 'account' }>;
      return { ...lead, principal: await loadPrincipal(store, p.accountId, p.via) };
    };

    test('stamp each event with the clock and the membership acted in', async () => {
      const size = await store.log.size();
      const process = await createProcess(lead, { title: 'Gaza 2025' });
      clock.advance(60_000);
      const ctx = await asLead();
      const party = await createParty(ctx, { processId: process.id, name: 'Egypt', kind: 'intermediary' });
      const plan = await createPlan(ctx, { processId: process.id, title: '20 points' });
      const version = await createVersion(ctx, {
        planId: plan.id,
        label: 'v1',
        points: [{ text: { en: 'Ceasefire' }, points: [{ text: { en: 'sub' } }] }],
      });
      assert.equal(version.points.length, 2);
      assert.equal(await store.log.size(), size + 5, 'process, lead membership, party, plan, version');
      const opened = await store.log.entry(size);
      assert.equal(opened?.event.at, '2025-11-20T10:00:00.000Z');
      const lead1 = await store.log.entry(size + 1);
      assert.equal(lead1?.event.type, 'membership.granted');
      const made = await store.log.entry(party.logIndex);
      assert.equal(made?.event.at, '2025-11-20T10:01:00.000Z');
      const actor = parseActor(made?.event.actor ?? '');
      assert.deepEqual(actor, {
        kind: 'account',
        accountId: (ctx.principal as { accountId: string }).accountId,
        membershipId: lead1?.event.data.id,
      });
      const updated = await updateVersion(ctx, { versionId: version.id, status: 'circulated' });
      assert.equal(updated.status, 'circulated');
      assert.equal(updated.logIndex, size + 5);
    });

    test('refuse bad input, the public, the wrong role and a missing id: ProblemError, nothing written', async () => {
      const ctx = await asLead();
      const process = await createProcess(ctx, { title: 'Kept' });
      const size = await store.log.size();
      const publicCtx = { store, principal: null, clock };
      const { membership } = await memberToken(store, process.id, 'delegate', {
        partyId: (await createParty(await asLead(), { processId: process.id, name: 'A', kind: 'party' })).id,
      });
      const afterParty = await store.log.size();
      assert.equal(afterParty, size + 2);
      const delegate = await loadPrincipal(store, membership.accountId, { kind: 'token', id: membership.id });
      const delegateCtx = { store, principal: delegate, clock };
      await assert.rejects(createProcess(ctx, { title: '' }), problem(400, 'validation-failed'));
      await assert.rejects(createProcess(publicCtx, { title: 'ok' }), problem(401, 'unauthenticated'));
      await assert.rejects(createProcess(delegateCtx, { title: 'ok' }), problem(403, 'forbidden'));
      await assert.rejects(
        createParty(publicCtx, { processId: process.id, name: 'B', kind: 'party' }),
        problem(401, 'unauthenticated'),
      );
      await assert.rejects(
        createParty(delegateCtx, { processId: process.id, name: 'B', kind: 'party' }),
        problem(403, 'forbidden'),
      );
      await assert.rejects(
        createParty(ctx, { processId: 'nope', name: 'A', kind: 'party' }),
        problem(400, 'validation-failed'),
      );
      await assert.rejects(
        createParty(ctx, { processId: '0192f0c8-7d2a-7000-8000-000000000000', name: 'A', kind: 'party' }),
        problem(404, 'not-found'),
      );
      await assert.rejects(createVersion(ctx, null as never), problem(400, 'validation-failed'));
      assert.equal(await store.log.size(), afterParty);
    });

    test('a version shared with some parties is "not found" for the others, and only widens', async () => {
      const ctx = await asLead();
      const process = await createProcess(ctx, { title: 'Confidential', audience: { kind: 'process' } });
      const mediator = await asLead();
      const [ua, ru] = [
        await createParty(mediator, { processId: process.id, name: 'Ukraine', kind: 'party' }),
        await createParty(mediator, { processId: process.id, name: 'Russia', kind: 'party' }),
      ];
      const plan = await createPlan(mediator, { processId: process.id, title: 'Framework' });
      assert.deepEqual(plan.audience, { kind: 'process' }, 'a plan follows its process by default');
      const version = await createVersion(mediator, {
        planId: plan.id,
        label: 'draft',
        audience: partiesAudience([ru.id]),
        points: [{ text: { en: 'one' } }],
      });
      const ukraine = await memberToken(store, process.id, 'delegate', { partyId: ua.id });
      const ukraineCtx = {
        store,
        principal: await loadPrincipal(store, ukraine.accountId, {
          kind: 'token',
          id: ukraine.membership.id,
        }),
        clock,
      };
      await assert.rejects(
        updateVersion(ukraineCtx, { versionId: version.id, label: 'x' }),
        problem(404, 'not-found'),
      );
      await assert.rejects(
        createVersion(mediator, { planId: plan.id, label: 'public', audience: { kind: 'public' } }),
        problem(422, 'rule-broken'),
        'a version cannot be wider than its plan',
      );
      await shareObject(mediator, {
        subject: 'version',
        id: version.id,
        audience: partiesAudience([ru.id, ua.id]),
        reason: 'handed over',
      });
      await assert.rejects(
        shareObject(mediator, {
          subject: 'version',
          id: version.id,
          audience: partiesAudience([ua.id]),
          reason: 'x',
        }),
        problem(422, 'rule-broken'),
        'audiences only widen',
      );
      await assert.rejects(
        updateVersion(ukraineCtx, { versionId: version.id, label: 'x' }),
        problem(403, 'forbidden'),
        'now it can see it, but a delegate may not edit it',
      );
    });

    test('concurrent commands all land, with dense log indexes', async () => {
      const ctx = { store, principal: OPERATOR, clock };
      const size = await store.log.size();
      const made = await Promise.all(
        Array.from({ length: 12 }, (_, i) => createProcess(ctx, { title: `process ${i}` })),
      );
      const indexes = made.map((p) => p.logIndex).sort((a, b) => a - b);
      assert.deepEqual(
        indexes,
        Array.from({ length: 12 }, (_, i) => size + i),
      );
      const check = await store.checkLog();
      assert.ok(check.ok, JSON.stringify(check));
      assert.equal(check.size, size + 12);
    });
  });
}
