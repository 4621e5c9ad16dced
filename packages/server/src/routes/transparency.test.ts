// The transparency page's read: the public sees the signed agreement with its signatures' entries, the tracked
// commitments' statuses, verified incidents only, fund totals and closed motions' decisions, each with the index
// of an entry of the right type about the right object; what the public may not read (a mediators-only version's
// commitment, a members-only council, a wholly confidential process) stays out, even for a signed-in mediator,
// whose answer is the public's. Bad ids are refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, call, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const SECRET = 'SECRET-MARKER';
const place = { name: 'Rafah', admin1: 'Gaza Strip', latitude: 31.2969, longitude: 34.2455 };
const incident = (actor1: string) => ({
  eventDate: '2026-02-20',
  eventType: 'Explosions/Remote violence',
  subEventType: 'Shelling/artillery/missile attack',
  actor1,
  location: place,
  fatalities: 2,
});

for (const target of databaseTargets()) {
  describe(`transparency API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let hidden: string;
    const ids: Record<string, string> = {};

    const ok = async (method: string, path: string, body?: unknown) => {
      const answer = await mediator(app, method, path, body);
      assert.ok(answer.status < 300, `${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body;
    };
    const entry = async (index: number) => (await call(app, 'GET', `/api/log/entries/${index}`)).body;

    /** A final version with one tracked commitment whose status is set; its audience as given. */
    const trackedVersion = async (label: string, action: string, audience?: object) => {
      const version = await ok('POST', `/api/plans/${seed.plan.id}/versions`, {
        label,
        status: 'final',
        ...(audience ? { audience } : {}),
        points: [{ text: { en: action }, commitments: [{ obligor: seed.ukraine.id, action }] }],
      });
      const commitmentId = version.commitments[0].id;
      await ok('POST', `/api/commitments/${commitmentId}/tracking`, {});
      await ok('POST', `/api/commitments/${commitmentId}/statuses`, { score: 2, reason: `${label} begun` });
      return { versionId: version.id as string, commitmentId: commitmentId as string };
    };

    /** A council with one seat held without an account and one closed motion. */
    const decidedCouncil = async (processId: string, name: string, audience?: object) => {
      const council = await ok('POST', `/api/processes/${processId}/councils`, {
        name,
        rule: { kind: 'consensus' },
        ...(audience ? { audience } : {}),
      });
      const seat = await ok('POST', `/api/councils/${council.id}/members`, { name: 'UN', role: 'member' });
      const motion = await ok('POST', `/api/councils/${council.id}/motions`, {
        kind: 'finding-of-violation',
        title: `${name}: finding on the shelling`,
        text: 'The council finds a violation.',
        closesAt: '2026-03-08T10:00:00.000Z',
      });
      await ok('POST', `/api/motions/${motion.id}/votes`, { memberId: seat.id, choice: 'for' });
      await ok('POST', `/api/motions/${motion.id}/close`);
      return { councilId: council.id as string, motionId: motion.id as string };
    };

    const verifiedIncident = async (processId: string, actor1: string) => {
      const made = await ok('POST', `/api/processes/${processId}/incidents`, incident(actor1));
      await ok('POST', `/api/incidents/${made.id}/status`, { to: 'corroborated', reason: 'two witnesses' });
      await ok('POST', `/api/incidents/${made.id}/status`, { to: 'verified', reason: 'crater analysis' });
      return made.id as string;
    };

    const fundWithFlows = async (processId: string, name: string) => {
      const fund = await ok('POST', `/api/processes/${processId}/funds`, { name });
      const usd = { currency: 'USD', amount: 500_000 };
      await ok('POST', `/api/funds/${fund.id}/pledges`, { ...usd, donor: 'eu', donorName: 'European Union' });
      await ok('POST', `/api/funds/${fund.id}/payments`, { ...usd, amount: 300_000, donor: 'eu' });
      return fund.id as string;
    };

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock: () => new Date(NOW) });
      mediator = await signedIn(store, { name: 'US mediation' });
      seed = await seedProcess(app, mediator);
      const pid = seed.process.id;
      Object.assign(ids, await trackedVersion('Signed', 'Withdraw to the yellow line'));
      const secret = await trackedVersion('Side letter', `${SECRET} side commitment`, {
        kind: 'parties',
        partyIds: [],
      });
      ids.secretCommitment = secret.commitmentId;
      ids.secretVersion = secret.versionId;
      ids.verified = await verifiedIncident(pid, 'Israel Defense Forces');
      ids.reported = (
        await ok('POST', `/api/processes/${pid}/incidents`, incident(`${SECRET} unverified`))
      ).id;
      ids.fund = await fundWithFlows(pid, 'Gaza reconstruction');
      Object.assign(ids, await decidedCouncil(pid, 'Board of Peace'));
      ids.secretCouncil = (await decidedCouncil(pid, `${SECRET} council`, { kind: 'process' })).councilId;
      const delegate = await memberToken(store, pid, 'delegate', { partyId: seed.ukraine.id });
      assert.ok(delegate.token.length > 0);
      // A wholly confidential process with a verified incident, a fund and a decision of its own.
      hidden = (
        await ok('POST', '/api/processes', { title: `${SECRET} back channel`, audience: { kind: 'process' } })
      ).id;
      await verifiedIncident(hidden, `${SECRET} actor`);
      await fundWithFlows(hidden, `${SECRET} fund`);
      await decidedCouncil(hidden, `${SECRET} board`, { kind: 'process' });
    });
    after(() => store.close());

    test('the public reads each item with the entry that proves it', async () => {
      const answer = await call(app, 'GET', `/api/processes/${seed.process.id}/transparency`);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const page = answer.body;
      assert.equal(page.process.title, 'Russia–Ukraine 2025');

      const [agreement, ...others] = page.agreements;
      assert.equal(others.length, 0);
      assert.equal(agreement.versionId, ids.versionId);
      assert.match(agreement.versionHash, /^[0-9a-f]{64}$/);
      assert.equal((await entry(agreement.logIndex)).type, 'version.created');

      assert.deepEqual(
        page.commitments.map((c: { commitmentId: string }) => c.commitmentId),
        [ids.commitmentId],
      );
      const [commitment] = page.commitments;
      assert.equal(commitment.score, 2);
      assert.equal(commitment.obligor, 'Ukraine', 'the obligor is named as its party');
      const status = await entry(commitment.logIndex);
      assert.equal(status.type, 'commitment.status-set');

      assert.deepEqual(
        page.incidents.map((i: { id: string }) => i.id),
        [ids.verified],
        'verified incidents only',
      );
      const verifiedMove = await entry(page.incidents[0].logIndex);
      assert.equal(verifiedMove.type, 'incident.status-changed');
      assert.equal(verifiedMove.event.data.to, 'verified');
      assert.equal(verifiedMove.event.data.incidentId, ids.verified);
      assert.equal((await entry(page.incidents[0].reportedLogIndex)).type, 'incident.reported');

      const [fund] = page.funds;
      assert.equal(fund.id, ids.fund);
      assert.deepEqual(
        fund.currencies.map((c: { currency: string; pledged: number; paid: number }) => [
          c.currency,
          c.pledged,
          c.paid,
        ]),
        [['USD', 500_000, 300_000]],
      );
      assert.equal((await entry(fund.lastOperationLogIndex)).type, 'fund.paid');

      assert.deepEqual(
        page.decisions.map((d: { motionId: string }) => d.motionId),
        [ids.motionId],
      );
      const closing = await entry(page.decisions[0].logIndex);
      assert.equal(closing.type, 'motion.closed');
      assert.equal(closing.event.data.id, ids.motionId);
      assert.equal(page.decisions[0].result, 'passed');
    });

    test('nothing the public may not read is in the answer, even when a mediator asks', async () => {
      const path = `/api/processes/${seed.process.id}/transparency`;
      const asPublic = await call(app, 'GET', path);
      const asMediator = await mediator(app, 'GET', path);
      assert.equal(asMediator.status, 200);
      assert.deepEqual(asMediator.body, asPublic.body, "a mediator's page is the public's");
      const text = JSON.stringify(asPublic.body);
      for (const leak of [SECRET, ids.secretCommitment, ids.secretVersion, ids.secretCouncil, ids.reported])
        assert.ok(!text.includes(leak as string), `the answer carries ${leak}`);
      // The mediator's own reads do see them: the test would pass vacuously if they had not been written.
      const implementation = await mediator(app, 'GET', `/api/processes/${seed.process.id}/implementation`);
      assert.ok(JSON.stringify(implementation.body).includes(ids.secretCommitment as string));
      const councils = await mediator(app, 'GET', `/api/processes/${seed.process.id}/councils`);
      assert.ok(JSON.stringify(councils.body).includes(ids.secretCouncil as string));

      for (const caller of [call, mediator]) {
        const closed = await caller(app, 'GET', `/api/processes/${hidden}/transparency`);
        assert.ok(isProblem(closed, 404, 'not-found'), JSON.stringify(closed.body));
        assert.ok(!JSON.stringify(closed.body).includes(SECRET));
      }
      const mediatorSees = await mediator(app, 'GET', `/api/processes/${hidden}/monitoring`);
      assert.equal(mediatorSees.status, 200, 'the hidden process exists for its mediator');
    });

    test('a bad or unknown process id is refused', async () => {
      assert.ok(
        isProblem(await call(app, 'GET', '/api/processes/not-an-id/transparency'), 400, 'validation-failed'),
      );
      const unknown = '01900000-0000-7000-8000-000000000000';
      assert.ok(
        isProblem(await call(app, 'GET', `/api/processes/${unknown}/transparency`), 404, 'not-found'),
      );
    });
  });
}
