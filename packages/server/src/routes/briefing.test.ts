import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { callAs, isProblem, memberToken, signedIn } from '../test-support.ts';

const DAY = 86_400_000;
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers and assert on their shape
type Json = Record<string, any> & { id: string };

for (const target of databaseTargets()) {
  describe(`deliveries, consultations, statements, deadlines (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    // The server's clock, moved by the tests; never the wall clock of the assertions.
    let offset = 0;
    const clock = () => new Date(Date.now() + offset);
    let w: Awaited<ReturnType<typeof seed>>;

    async function seed() {
      const lead = await signedIn(store, { name: 'US mediation' });
      const post = async (path: string, body: unknown): Promise<Json> => {
        const answer = await lead(app, 'POST', path, body);
        assert.equal(answer.status, 201, `${path}: ${JSON.stringify(answer.body)}`);
        return answer.body;
      };
      const process = await post('/api/processes', { title: 'Russia–Ukraine 2025' });
      const party = (name: string, kind = 'party') =>
        post(`/api/processes/${process.id}/parties`, { name, kind });
      const ukraine = await party('Ukraine');
      const russia = await party('Russia');
      const europe = await party('Europe');
      const qatar = await party('Qatar', 'intermediary');
      const plan = await post(`/api/processes/${process.id}/plans`, { title: 'Framework' });
      const draft = await post(`/api/plans/${plan.id}/versions`, {
        label: '28-point draft',
        issuedOn: '2025-11-15',
        audience: { kind: 'parties', partyIds: [russia.id] },
        points: [{ number: '1', text: { en: 'Sovereignty of Ukraine will be confirmed.' } }],
      });
      const empty = await post(`/api/plans/${plan.id}/versions`, { label: 'Empty working draft' });
      const other = await post('/api/processes', { title: 'Gaza 2025' });
      const israel = await post(`/api/processes/${other.id}/parties`, { name: 'Israel', kind: 'party' });
      const token = async (role: 'mediator' | 'delegate', partyId: string | null = null) =>
        (await memberToken(store, process.id, role, { partyId })).token;
      return {
        process,
        plan,
        draft,
        empty,
        ukraine,
        russia,
        europe,
        qatar,
        israel,
        keys: {
          mediator: await token('mediator'),
          ukraine: await token('delegate', ukraine.id),
          europe: await token('delegate', europe.id),
        },
      };
    }

    before(async () => {
      store = await target.open();
      app = createApp({ store, clock });
      w = await seed();
    });
    after(() => store.close());

    const deliver = (body: unknown, versionId = w.draft.id, key = w.keys.mediator) =>
      callAs(app, key, 'POST', `/api/versions/${versionId}/deliveries`, body);
    const handOver = () => ({
      partyId: w.ukraine.id,
      deliveredBy: 'US Army Secretary',
      form: 'paper',
      deliveredAt: new Date(clock().getTime() - 60_000).toISOString(),
    });

    test('bad deliveries are refused with a problem and write nothing', async () => {
      const size = await store.log.size();
      const future = { ...handOver(), deliveredAt: new Date(clock().getTime() + DAY).toISOString() };
      const cases: [unknown, number, string, string?][] = [
        [{ ...handOver(), form: 'pigeon' }, 400, 'validation-failed'],
        [{ ...handOver(), extra: 1 }, 400, 'validation-failed'],
        [{ ...handOver(), deliveredBy: '' }, 400, 'validation-failed'],
        [{ ...handOver(), partyId: w.israel.id }, 422, 'rule-broken'],
        [{ ...handOver(), viaPartyId: w.ukraine.id }, 422, 'rule-broken'],
        [future, 422, 'rule-broken'],
        [handOver(), 422, 'rule-broken', w.empty.id],
      ];
      for (const [body, status, slug, versionId] of cases) {
        const answer = await deliver(body, versionId);
        assert.ok(isProblem(answer, status, slug), `${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
      }
      assert.match((await deliver(handOver(), w.empty.id)).body.detail, /empty version cannot be delivered/);
      // A delegate may not deliver; Ukraine does not even see the draft yet.
      assert.equal((await deliver(handOver(), w.draft.id, w.keys.ukraine)).status, 404);
      assert.equal(await store.log.size(), size);
    });

    test('a delivery makes the version readable by the party from then on, freezes it, and shows who has not been briefed', async () => {
      assert.equal((await callAs(app, w.keys.ukraine, 'GET', `/api/versions/${w.draft.id}`)).status, 404);
      const size = await store.log.size();
      const made = await deliver(handOver());
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal(made.body.partyId, w.ukraine.id);
      assert.equal(made.body.deliveredBy, 'US Army Secretary');
      assert.deepEqual(made.body.audience, { kind: 'parties', partyIds: [w.ukraine.id] });
      assert.equal(await store.log.size(), size + 1, 'one command, one event');
      assert.equal((await store.log.entry(size))?.type, 'version.delivered');

      const read = await callAs(app, w.keys.ukraine, 'GET', `/api/versions/${w.draft.id}`);
      assert.equal(read.status, 200);
      assert.equal(read.body.status, 'circulated');
      // The history of the draft came with it: its creation entry is now readable by Ukraine.
      const created = await callAs(app, w.keys.ukraine, 'GET', `/api/log/entries/${w.draft.logIndex}`);
      assert.equal(created.body.confidential, false);

      const seen = await callAs(app, w.keys.mediator, 'GET', `/api/versions/${w.draft.id}/deliveries`);
      assert.equal(seen.status, 200);
      const status = Object.fromEntries(seen.body.receipts.map((r: Json) => [r.partyId, r.status]));
      assert.equal(status[w.ukraine.id], 'delivered');
      assert.equal(status[w.russia.id], 'shared');
      assert.equal(status[w.europe.id], 'not-received');
      assert.deepEqual(seen.body.notBriefed, [w.europe.id]);
      const matrix = await callAs(app, w.keys.mediator, 'GET', `/api/processes/${w.process.id}/briefing`);
      const row = matrix.body.versions.find((v: Json) => v.id === w.draft.id);
      assert.deepEqual(row.notBriefed, [w.europe.id]);

      // Ukraine sees its own delivery; Europe sees neither the version nor who got it.
      const own = await callAs(app, w.keys.ukraine, 'GET', `/api/versions/${w.draft.id}/deliveries`);
      assert.equal(own.body.deliveries.length, 1);
      assert.equal(
        (await callAs(app, w.keys.europe, 'GET', `/api/versions/${w.draft.id}/deliveries`)).status,
        404,
      );
      const europeView = await callAs(app, w.keys.europe, 'GET', `/api/processes/${w.process.id}/timeline`);
      assert.ok(!JSON.stringify(europeView.body).includes(w.draft.id));

      // Frozen: an edit after delivery is refused and asks for a new version.
      const before = await store.log.size();
      const pointId = read.body.points[0].id;
      const edit = await callAs(app, w.keys.mediator, 'PATCH', `/api/points/${pointId}`, {
        text: { en: 'Changed after delivery' },
      });
      assert.equal(edit.status, 409, JSON.stringify(edit.body));
      assert.match(edit.body.detail, /new version/);
      assert.equal(await store.log.size(), before);
    });

    test('a consultation is confidential to the mediators and the parties present, and names only a version they read', async () => {
      const at = new Date(clock().getTime() - DAY).toISOString();
      const body = {
        kind: 'meeting',
        heldAt: at,
        title: 'Kyiv meeting on the draft',
        partyIds: [w.ukraine.id],
        versionId: w.draft.id,
        participants: 'US Army Secretary; President of Ukraine',
        summary: 'ZQconsultationQZ',
      };
      const path = `/api/processes/${w.process.id}/consultations`;
      const size = await store.log.size();
      const withEurope = await callAs(app, w.keys.mediator, 'POST', path, {
        ...body,
        partyIds: [w.ukraine.id, w.europe.id],
      });
      assert.ok(isProblem(withEurope, 422, 'rule-broken'), JSON.stringify(withEurope.body));
      const narrower = await callAs(app, w.keys.mediator, 'POST', path, {
        ...body,
        audience: { kind: 'parties', partyIds: [] },
      });
      assert.ok(isProblem(narrower, 422, 'rule-broken'));
      assert.ok(isProblem(await callAs(app, w.keys.ukraine, 'POST', path, body), 403, 'forbidden'));
      assert.equal(await store.log.size(), size);
      const made = await callAs(app, w.keys.mediator, 'POST', path, body);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.deepEqual(made.body.audience, { kind: 'parties', partyIds: [w.ukraine.id] });
      const timeline = (key: string | null) =>
        callAs(app, key, 'GET', `/api/processes/${w.process.id}/timeline`).then((a) =>
          JSON.stringify(a.body),
        );
      assert.ok((await timeline(w.keys.ukraine)).includes('ZQconsultationQZ'));
      assert.ok(!(await timeline(w.keys.europe)).includes('ZQconsultationQZ'));
      assert.ok(!(await timeline(null)).includes('ZQconsultationQZ'));
    });

    test('a statement is public; a leak report names its outlet; a source is an http(s) address', async () => {
      const path = `/api/processes/${w.process.id}/statements`;
      const body = {
        kind: 'leak-report',
        madeAt: new Date(clock().getTime() - DAY).toISOString(),
        speaker: 'Axios',
        outlet: 'Axios',
        summary: 'Axios published the full text of the draft',
        sourceUrl: 'https://www.axios.com/',
      };
      const size = await store.log.size();
      for (const bad of [
        { ...body, outlet: '' },
        { ...body, sourceUrl: 'javascript:alert(1)' },
        { ...body, kind: 'rumour' },
      ])
        assert.ok(isProblem(await callAs(app, w.keys.mediator, 'POST', path, bad), 400, 'validation-failed'));
      // The draft is not public: a public statement may not name it.
      const naming = await callAs(app, w.keys.mediator, 'POST', path, { ...body, versionId: w.draft.id });
      assert.ok(isProblem(naming, 422, 'rule-broken'));
      assert.equal(await store.log.size(), size);
      assert.equal((await callAs(app, w.keys.mediator, 'POST', path, body)).status, 201);
      const publicView = await callAs(app, null, 'GET', `/api/processes/${w.process.id}/timeline`);
      const statements = publicView.body.items.filter((i: Json) => i.kind === 'statement');
      assert.equal(statements.length, 1);
      assert.equal(statements[0].statement.outlet, 'Axios');
    });

    test('a deadline runs, is missed when the clock passes it, is moved with its reason, and is met', async () => {
      const path = `/api/processes/${w.process.id}/deadlines`;
      const due = new Date(clock().getTime() + 3 * DAY + 3_600_000).toISOString();
      assert.ok(
        isProblem(
          await callAs(app, w.keys.mediator, 'POST', path, {
            title: 'x',
            dueAt: due,
            audience: { kind: 'public' },
            versionId: w.draft.id,
          }),
          422,
          'rule-broken',
        ),
        'a deadline on the draft reaches no further than the draft',
      );
      const set = await callAs(app, w.keys.mediator, 'POST', path, {
        title: 'Ukraine to accept by Thanksgiving',
        dueAt: due,
        setBy: 'President of the United States',
      });
      assert.equal(set.status, 201, JSON.stringify(set.body));
      assert.equal(set.body.state.status, 'running');
      assert.equal(Math.floor(set.body.state.msLeft / DAY), 3);

      offset = 4 * DAY;
      const later = await callAs(app, w.keys.ukraine, 'GET', path);
      assert.equal(later.body.items[0].state.status, 'missed');
      assert.equal(later.body.now, new Date(Date.parse(later.body.now)).toISOString());
      const timeline = await callAs(app, w.keys.ukraine, 'GET', `/api/processes/${w.process.id}/timeline`);
      const happened = timeline.body.items
        .filter((i: Json) => i.kind === 'deadline')
        .map((i: Json) => i.happened);
      assert.deepEqual(happened, ['set', 'missed']);

      const moves = `/api/deadlines/${set.body.id}/moves`;
      assert.equal(
        (await callAs(app, w.keys.ukraine, 'POST', moves, { dueAt: due, reason: 'x' })).status,
        403,
      );
      const newDue = new Date(clock().getTime() + 30 * DAY).toISOString();
      const moved = await callAs(app, w.keys.mediator, 'POST', moves, { dueAt: newDue, reason: 'softened' });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      assert.equal(moved.body.state.status, 'running');
      assert.equal(moved.body.moves.length, 1);
      assert.equal(moved.body.moves[0].from, due);
      assert.equal(moved.body.moves[0].reason, 'softened');

      const outcome = `/api/deadlines/${set.body.id}/outcome`;
      const met = await callAs(app, w.keys.mediator, 'POST', outcome, { outcome: 'met', note: 'accepted' });
      assert.equal(met.body.state.status, 'met');
      const size = await store.log.size();
      assert.ok(
        isProblem(
          await callAs(app, w.keys.mediator, 'POST', moves, { dueAt: due, reason: 'again' }),
          409,
          'conflict',
        ),
      );
      assert.ok(
        isProblem(
          await callAs(app, w.keys.mediator, 'POST', outcome, { outcome: 'lifted', note: 'x' }),
          409,
          'conflict',
        ),
      );
      assert.equal(await store.log.size(), size);
      const all = await callAs(app, w.keys.ukraine, 'GET', `/api/processes/${w.process.id}/timeline`);
      assert.deepEqual(
        all.body.items.filter((i: Json) => i.kind === 'deadline').map((i: Json) => i.happened),
        ['set', 'missed', 'moved', 'met'],
      );
      offset = 0;
    });

    test('a version carried by an intermediary becomes readable by it too; a plan not shared with the party stops a delivery', async () => {
      const lead = w.keys.mediator;
      const qatarKey = (await memberToken(store, w.process.id, 'intermediary', { partyId: w.qatar.id }))
        .token;
      const post = (path: string, body: unknown) => callAs(app, lead, 'POST', path, body);
      const v2 = await post(`/api/plans/${w.plan.id}/versions`, {
        label: 'Second draft',
        audience: { kind: 'parties', partyIds: [w.russia.id] },
        points: [{ text: { en: 'A ceasefire along the line of contact.' } }],
      });
      assert.equal(v2.status, 201, JSON.stringify(v2.body));
      assert.equal((await callAs(app, qatarKey, 'GET', `/api/versions/${v2.body.id}`)).status, 404);
      const made = await deliver({ ...handOver(), partyId: w.europe.id, viaPartyId: w.qatar.id }, v2.body.id);
      assert.equal(made.status, 201, JSON.stringify(made.body));
      assert.equal((await callAs(app, qatarKey, 'GET', `/api/versions/${v2.body.id}`)).status, 200);
      assert.equal((await callAs(app, w.keys.europe, 'GET', `/api/versions/${v2.body.id}`)).status, 200);
      const seen = await callAs(app, qatarKey, 'GET', `/api/versions/${v2.body.id}/deliveries`);
      assert.equal(seen.body.deliveries.length, 1, 'the carrier reads the delivery it made');
      assert.equal(
        (await callAs(app, w.keys.ukraine, 'GET', `/api/versions/${v2.body.id}/deliveries`)).status,
        404,
      );

      // A plan shared with Russia alone: its versions reach no one else, delivered or not.
      const closed = await post(`/api/processes/${w.process.id}/plans`, {
        title: 'Side letter',
        audience: { kind: 'parties', partyIds: [w.russia.id] },
      });
      assert.equal(closed.status, 201, JSON.stringify(closed.body));
      const letter = await post(`/api/plans/${closed.body.id}/versions`, {
        label: 'Side letter draft',
        points: [{ text: { en: 'A private assurance.' } }],
      });
      const size = await store.log.size();
      const refused = await deliver(handOver(), letter.body.id);
      assert.ok(isProblem(refused, 422, 'rule-broken'), JSON.stringify(refused.body));
      assert.equal(await store.log.size(), size);
    });

    test('the read tables rebuilt from the log equal the stored ones', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
