// The council over HTTP: a mediator sets up a council with the Board of Peace's rule, seats are added, the chair
// opens a motion, members vote for their own seats only (observers and strangers cannot), the chair closes it
// and the outcome the rule gives is logged; bad requests change nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, call, callAs, isProblem, memberToken, signedIn } from '../test-support.ts';

const NOW = new Date('2026-02-19T10:00:00.000Z');
const CLOSES = '2026-02-26T10:00:00.000Z';
const BOARD = { name: 'Board of Peace', rule: { kind: 'majority-with-chair-approval' } };
const MOTION = {
  kind: 'finding-of-violation',
  title: 'Finding on the strike of 3 March',
  text: 'The Board finds the strike a violation of the ceasefire.',
  closesAt: CLOSES,
};

type Seat = { token: string; accountId: string };

for (const target of databaseTargets()) {
  describe(`councils API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let processId: string;
    let councilId: string;
    let motionId: string;
    const seats: Record<string, string> = {};
    let people: Record<'chair' | 'qatar' | 'egypt' | 'observer' | 'delegate' | 'bystander', Seat>;
    let now = NOW;

    const unchanged = async (fn: () => Promise<unknown>) => {
      const before = await tableDigest(store);
      const size = await store.log.size();
      await fn();
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), before);
    };
    const vote = (who: Seat | null, seat: string, choice: string, motion = motionId) =>
      callAs(app, who?.token ?? null, 'POST', `/api/motions/${motion}/votes`, { memberId: seat, choice });

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock: () => new Date(now) });
      mediator = await signedIn(store, { name: 'US mediation' });
      processId = (await mediator(app, 'POST', '/api/processes', { title: 'Gaza 2025' })).body.id;
      const israel = (
        await mediator(app, 'POST', `/api/processes/${processId}/parties`, { name: 'Israel', kind: 'party' })
      ).body.id;
      const council = (rank: 'chair' | 'member' | 'observer') =>
        memberToken(store, processId, 'council', { rank });
      people = {
        chair: await council('chair'),
        qatar: await council('member'),
        egypt: await council('member'),
        observer: await council('observer'),
        delegate: await memberToken(store, processId, 'delegate', { partyId: israel }),
        bystander: await council('member'),
      };
    });
    after(() => store.close());

    test('a bad council is refused and nothing is written', async () => {
      const bad = [
        { name: 'Board', rule: { kind: 'qualified-majority' } },
        { name: 'Board', rule: { kind: 'simple-majority', threshold: { numerator: 2, denominator: 3 } } },
        { name: 'Board', rule: { kind: 'simple-majority', quorum: { numerator: 3, denominator: 2 } } },
        { name: 'Board', rule: { kind: 'unanimity' } },
        { name: '', rule: { kind: 'consensus' } },
        { name: 'Board', rule: { kind: 'consensus' }, secret: true },
      ];
      await unchanged(async () => {
        for (const body of bad)
          assert.ok(
            isProblem(
              await mediator(app, 'POST', `/api/processes/${processId}/councils`, body),
              400,
              'validation-failed',
            ),
            JSON.stringify(body),
          );
        const early = { name: 'Board', rule: { kind: 'consensus', vetoHolders: [processId] } };
        assert.equal(
          (await mediator(app, 'POST', `/api/processes/${processId}/councils`, early)).status,
          422,
        );
      });
    });

    test('only a mediator sets up a council: the public 401, a delegate 403', async () => {
      await unchanged(async () => {
        assert.equal((await call(app, 'POST', `/api/processes/${processId}/councils`, BOARD)).status, 401);
        const asDelegate = await callAs(
          app,
          people.delegate.token,
          'POST',
          `/api/processes/${processId}/councils`,
          BOARD,
        );
        assert.ok(isProblem(asDelegate, 403, 'forbidden'), JSON.stringify(asDelegate.body));
      });
      const made = await mediator(app, 'POST', `/api/processes/${processId}/councils`, BOARD);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal(made.body.rule.kind, 'majority-with-chair-approval');
      assert.deepEqual(made.body.rule.quorum, { numerator: 1, denominator: 2 });
      councilId = made.body.id;
    });

    test('seats: chair, two members, an observer, one held without an account; a stranger account refused', async () => {
      const add = (body: object) => mediator(app, 'POST', `/api/councils/${councilId}/members`, body);
      const outsider = await memberToken(store, processId, 'monitor');
      await unchanged(async () => {
        const notCouncil = await add({ name: 'Monitor', role: 'member', accountId: outsider.accountId });
        assert.equal(notCouncil.status, 422);
        assert.equal((await add({ name: 'X', role: 'president' })).status, 400);
      });
      for (const [key, role, accountId] of [
        ['chair', 'chair', people.chair.accountId],
        ['qatar', 'member', people.qatar.accountId],
        ['egypt', 'member', people.egypt.accountId],
        ['observer', 'observer', people.observer.accountId],
        ['un', 'member', null],
      ] as const) {
        const made = await add({ name: key, role, accountId });
        assert.equal(made.status, 201, JSON.stringify(made.body));
        seats[key] = made.body.id;
      }
      assert.equal((await add({ name: 'Second chair', role: 'chair' })).status, 422);
    });

    test('the chair opens a motion; a member cannot; voting cannot close before it opens', async () => {
      const path = `/api/councils/${councilId}/motions`;
      await unchanged(async () => {
        assert.equal((await callAs(app, people.qatar.token, 'POST', path, MOTION)).status, 403);
        const past = { ...MOTION, closesAt: '2026-02-01T00:00:00.000Z' };
        assert.equal((await callAs(app, people.chair.token, 'POST', path, past)).status, 422);
        assert.equal(
          (await callAs(app, people.chair.token, 'POST', path, { ...MOTION, kind: 'war' })).status,
          400,
        );
      });
      const opened = await callAs(app, people.chair.token, 'POST', path, MOTION);
      assert.equal(opened.status, 201, JSON.stringify(opened.body));
      assert.equal(opened.body.outcome.result, 'pending');
      motionId = opened.body.id;
      // Seats are fixed while a motion is open.
      const late = await mediator(app, 'POST', `/api/councils/${councilId}/members`, {
        name: 'Late',
        role: 'member',
      });
      assert.equal(late.status, 409);
    });

    test('a non-member, an observer, a member for another seat: refused, nothing written', async () => {
      await unchanged(async () => {
        assert.ok(isProblem(await vote(people.delegate, seats.qatar as string, 'for'), 403, 'forbidden'));
        assert.ok(isProblem(await vote(people.bystander, seats.qatar as string, 'for'), 403, 'forbidden'));
        assert.equal((await vote(people.observer, seats.observer as string, 'for')).status, 403);
        assert.equal((await vote(people.qatar, seats.egypt as string, 'for')).status, 403);
        assert.equal((await vote(null, seats.qatar as string, 'for')).status, 401);
        assert.equal((await vote(people.qatar, seats.qatar as string, 'maybe')).status, 400);
        assert.equal((await vote(people.qatar, processId, 'for')).status, 403);
        const unknownSeat = { memberId: processId, choice: 'for' };
        assert.equal(
          (await mediator(app, 'POST', `/api/motions/${motionId}/votes`, unknownSeat)).status,
          422,
        );
      });
    });

    test('a member votes for its own seat, once; the vote names the seat and who cast it', async () => {
      const cast = await vote(people.qatar, seats.qatar as string, 'for');
      assert.equal(cast.status, 201, JSON.stringify(cast.body));
      const mine = cast.body.votes[0];
      assert.equal(mine.memberId, seats.qatar);
      assert.equal(mine.recordedBy, 'member');
      assert.match(mine.actor, new RegExp(`^account:${people.qatar.accountId}/membership:`));
      await unchanged(async () =>
        assert.equal((await vote(people.qatar, seats.qatar as string, 'against')).status, 409),
      );
      const entry = await store.log.entry((await store.log.size()) - 1);
      assert.equal(entry?.type, 'vote.cast');
    });

    test("the chair cannot close early; then the rule decides: a majority without the chair's approval fails", async () => {
      await unchanged(async () =>
        assert.equal(
          (await callAs(app, people.chair.token, 'POST', `/api/motions/${motionId}/close`)).status,
          409,
        ),
      );
      assert.equal((await vote(people.egypt, seats.egypt as string, 'for')).status, 201);
      const minutes = await mediator(app, 'POST', `/api/motions/${motionId}/votes`, {
        memberId: seats.un,
        choice: 'abstain',
      });
      assert.equal(minutes.status, 201);
      assert.equal(minutes.body.votes.at(-1).recordedBy, 'mediator');
      assert.equal((await vote(people.chair, seats.chair as string, 'against')).status, 201);
      const closed = await callAs(app, people.chair.token, 'POST', `/api/motions/${motionId}/close`);
      assert.equal(closed.status, 200, JSON.stringify(closed.body));
      assert.equal(closed.body.outcome.result, 'failed');
      assert.deepEqual(closed.body.outcome.tally, {
        for: 2,
        against: 1,
        abstain: 1,
        notVoted: 0,
        eligible: 4,
      });
      assert.ok(closed.body.outcome.reasons.includes('a majority for, but the chair did not approve'));
      const entry = await store.log.entry((await store.log.size()) - 1);
      assert.equal(entry?.type, 'motion.closed');
      await unchanged(async () =>
        assert.equal((await vote(people.bystander, seats.qatar as string, 'for')).status, 403),
      );
    });

    test('a second motion passes once voting time is over with the chair for; the public reads it all', async () => {
      const opened = await callAs(app, people.chair.token, 'POST', `/api/councils/${councilId}/motions`, {
        ...MOTION,
        kind: 'allocate-funds',
        title: 'Allocate $50m to water',
      });
      await vote(people.chair, seats.chair as string, 'for', opened.body.id);
      await vote(people.qatar, seats.qatar as string, 'for', opened.body.id);
      assert.equal((await vote(people.egypt, seats.egypt as string, 'against', opened.body.id)).status, 201);
      now = new Date('2026-02-27T00:00:00.000Z');
      assert.equal((await vote(people.egypt, seats.egypt as string, 'for', opened.body.id)).status, 409);
      const closed = await mediator(app, 'POST', `/api/motions/${opened.body.id}/close`);
      assert.equal(closed.body.outcome.result, 'passed', closed.body.outcome.reasons.join('; '));
      const read = await call(app, 'GET', `/api/processes/${processId}/councils`);
      assert.equal(read.status, 200);
      const [council] = read.body.items;
      assert.deepEqual(
        council.motions.map((m: { outcome: { result: string } }) => m.outcome.result),
        ['failed', 'passed'],
      );
      assert.equal(council.motions[0].votes.length, 4);
      assert.deepEqual(council.mySeats, []);
      assert.equal(council.abilities.openMotion, false);
      const asQatar = (await callAs(app, people.qatar.token, 'GET', `/api/processes/${processId}/councils`))
        .body;
      assert.deepEqual(asQatar.items[0].mySeats, [seats.qatar]);
      const unknown = await call(app, 'GET', `/api/processes/${councilId}/councils`);
      assert.ok(isProblem(unknown, 404, 'not-found'), JSON.stringify(unknown.body));
    });
    test('founding seats may hold a veto: the rule names them, and a veto holder against defeats a majority', async () => {
      const path = `/api/processes/${processId}/councils`;
      const seats = [
        { name: 'Guarantor', role: 'chair', veto: true },
        { name: 'Member A', role: 'member' },
        { name: 'Member B', role: 'member' },
      ];
      await unchanged(async () => {
        const observerVeto = {
          ...BOARD,
          seats: [...seats, { name: 'Watcher', role: 'observer', veto: true }],
        };
        assert.equal((await mediator(app, 'POST', path, observerVeto)).status, 422);
        const twoChairs = { ...BOARD, seats: [...seats, { name: 'Second', role: 'chair' }] };
        assert.equal((await mediator(app, 'POST', path, twoChairs)).status, 422);
        const stranger = {
          ...BOARD,
          seats: [{ name: 'X', role: 'member', accountId: people.delegate.accountId }],
        };
        const refused = await mediator(app, 'POST', path, stranger);
        assert.equal(refused.status, 422);
        assert.equal(refused.body.errors[0].path, 'seats.0.accountId');
      });
      const made = await mediator(app, 'POST', path, {
        name: 'Guarantee council',
        rule: { kind: 'simple-majority' },
        seats,
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      const [guarantor, a, b] = made.body.members.map((m: { id: string }) => m.id);
      assert.deepEqual(made.body.rule.vetoHolders, [guarantor]);
      const opened = await mediator(app, 'POST', `/api/councils/${made.body.id}/motions`, {
        ...MOTION,
        closesAt: '2027-01-01T00:00:00.000Z',
      });
      for (const [memberId, choice] of [
        [guarantor, 'against'],
        [a, 'for'],
        [b, 'for'],
      ])
        assert.equal(
          (await mediator(app, 'POST', `/api/motions/${opened.body.id}/votes`, { memberId, choice })).status,
          201,
        );
      const closed = await mediator(app, 'POST', `/api/motions/${opened.body.id}/close`);
      assert.equal(closed.body.outcome.result, 'vetoed');
      assert.deepEqual(closed.body.outcome.vetoedBy, [guarantor]);
      assert.ok(closed.body.outcome.reasons.includes('vetoed by Guarantor'));
    });
  });
}
