// Released copies over HTTP, on both stores: a mediator releases a version to a party as a fingerprinted copy
// (bad input, the public, a delegate, a version not shared with the party: refused, nothing written); a party
// reads only its own copies; anyone checks a text without signing in, and learns nothing of a version they may
// not read beyond "not authentic"; the mediators trace a re-typed leak to its copy.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { textHash } from '@concord/core/copies';
import { englishDraft } from '@concord/core/copies/test-fixture';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { createApp } from '../app.ts';
import { type Caller, callAs, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

// The 20-point draft of core/copies' scheme test: dense in fingerprint choices.
const TEXTS = englishDraft().points.map((p) => p.text);
const POINTS = TEXTS.map((en) => ({ text: { en } }));

for (const target of databaseTargets()) {
  describe(`copies API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let russia: { id: string };
    let ua: { token: string };
    let ru: { token: string };
    let open: { id: string };
    let secret: { id: string };
    let uaCopy: { id: string; logIndex: number; copyHash: string; formats: { pdf: string } };
    let uaText: string;
    const as = (token: string | null, method: string, path: string, body?: unknown) =>
      callAs(app, token, method, path, body);
    const unchanged = async (fn: () => Promise<void>) => {
      const digest = await tableDigest(store);
      const size = await store.log.size();
      await fn();
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), digest);
    };

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      mediator = await signedIn(store, { name: 'US mediation' });
      seed = await seedProcess(app, mediator);
      russia = (
        await mediator(app, 'POST', `/api/processes/${seed.process.id}/parties`, {
          name: 'Russia',
          kind: 'party',
        })
      ).body;
      const version = async (label: string, extra: object = {}) =>
        (
          await mediator(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
            label,
            status: 'circulated',
            points: POINTS,
            ...extra,
          })
        ).body;
      open = await version('March draft');
      secret = await version('Back-channel draft', {
        audience: { kind: 'parties', partyIds: [] },
        points: [
          {
            text: {
              en: 'The parties shall hold talks in Geneva on 4 May 2026 with 1,200,000 euros of support.',
            },
          },
        ],
      });
      ua = await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id });
      ru = await memberToken(store, seed.process.id, 'delegate', { partyId: russia.id });
    });
    after(() => store.close());

    test('bad input, the public, a delegate and an unshared version are refused and write nothing', async () => {
      await unchanged(async () => {
        const path = `/api/versions/${open.id}/copies`;
        assert.ok(
          isProblem(await mediator(app, 'POST', path, { partyId: 'nope' }), 400, 'validation-failed'),
        );
        assert.ok(
          isProblem(
            await mediator(app, 'POST', path, { partyId: seed.ukraine.id, extra: 1 }),
            400,
            'validation-failed',
          ),
        );
        const stranger = await mediator(app, 'POST', path, {
          partyId: '01900000-0000-7000-8000-000000000099',
        });
        assert.equal(stranger.status, 422, JSON.stringify(stranger.body));
        const language = await mediator(app, 'POST', path, { partyId: seed.ukraine.id, language: 'fr' });
        assert.equal(language.status, 422);
        assert.equal((await as(null, 'POST', path, { partyId: seed.ukraine.id })).status, 401);
        assert.equal((await as(ua.token, 'POST', path, { partyId: seed.ukraine.id })).status, 403);
        const unshared = await mediator(app, 'POST', `/api/versions/${secret.id}/copies`, {
          partyId: seed.ukraine.id,
        });
        assert.ok(isProblem(unshared, 409, 'conflict'), JSON.stringify(unshared.body));
        assert.equal((await as(null, 'POST', '/api/copies/check', { text: '' })).status, 400);
        assert.equal((await as(null, 'POST', '/api/copies/check', { text: 'x', pdf: 'AA==' })).status, 400);
      });
    });

    test('a mediator releases copies; again to the same party, the same copy; each party reads only its own', async () => {
      const released = await mediator(app, 'POST', `/api/versions/${open.id}/copies`, {
        partyId: seed.ukraine.id,
      });
      assert.equal(released.status, 201, JSON.stringify(released.body));
      uaCopy = released.body;
      assert.equal(released.body.partyName, 'Ukraine');
      assert.ok(released.body.sites >= 40, `${released.body.sites} sites`);
      assert.equal('copy' in released.body, false);
      const again = await mediator(app, 'POST', `/api/versions/${open.id}/copies`, {
        partyId: seed.ukraine.id,
      });
      assert.equal(again.status, 200);
      assert.equal(again.body.id, uaCopy.id);
      const ruCopy = (await mediator(app, 'POST', `/api/versions/${open.id}/copies`, { partyId: russia.id }))
        .body;
      const list = async (token: string | null) =>
        (await as(token, 'GET', `/api/versions/${open.id}/copies`)).body.items.map(
          (c: { id: string }) => c.id,
        );
      assert.deepEqual(await list(ua.token), [uaCopy.id]);
      assert.deepEqual(await list(ru.token), [ruCopy.id]);
      assert.deepEqual(await list(null), []);
      assert.equal((await mediator(app, 'GET', `/api/versions/${open.id}/copies`)).body.items.length, 2);
      const download = await as(ua.token, 'GET', `/api/copies/${uaCopy.id}/download?format=txt`);
      assert.equal(download.status, 200);
      uaText = download.body as string;
      assert.equal(textHash(uaText), uaCopy.copyHash);
      // The PDF's hash is logged at release too: the PDF drawn on download is the one the log records.
      assert.match(uaCopy.formats.pdf, /^[0-9a-f]{64}$/);
      const pdf = await app.request(`/api/copies/${uaCopy.id}/download?format=pdf`, {
        headers: { authorization: `Bearer ${ua.token}` },
      });
      assert.equal(pdf.status, 200);
      assert.equal(textHash(new Uint8Array(await pdf.arrayBuffer())), uaCopy.formats.pdf);
      const ruText = (await as(ru.token, 'GET', `/api/copies/${ruCopy.id}/download`)).body as string;
      assert.notEqual(ruText, uaText);
      assert.equal((await as(ru.token, 'GET', `/api/copies/${uaCopy.id}/download`)).status, 404);
      assert.equal((await as(null, 'GET', `/api/copies/${uaCopy.id}/download?format=md`)).status, 404);
      // The log entry of Ukraine's copy: its body (recipient, text) is Ukraine's and the mediators', no one else's.
      for (const token of [null, ru.token]) {
        const entry = await as(token, 'GET', `/api/log/entries/${uaCopy.logIndex}`);
        assert.equal(entry.status, 200);
        const shown = JSON.stringify(entry.body);
        assert.ok(!shown.includes(seed.ukraine.id) && !shown.includes('line of contact'), shown);
      }
      const own = JSON.stringify((await as(ua.token, 'GET', `/api/log/entries/${uaCopy.logIndex}`)).body);
      assert.ok(own.includes('line of contact'), 'the recipient reads its own release entry');
    });

    test('anyone checks a copy: authentic with its release and the log key; altered numbers are named', async () => {
      const reformatted = uaText.replace(/\n(\d+)\. /g, '\n($1) ').replace(/ shall /g, '\nshall ');
      const checked = await as(null, 'POST', '/api/copies/check', { text: reformatted });
      assert.equal(checked.status, 200, JSON.stringify(checked.body));
      assert.equal(checked.body.authentic, true);
      assert.equal(checked.body.version.versionId, open.id);
      assert.equal(checked.body.release.partyName, 'Ukraine');
      assert.equal(checked.body.release.logIndex, uaCopy.logIndex);
      assert.equal(checked.body.signedBy.verifierKey, store.log.verifierKey);
      const altered = uaText.replace(/12[,\u00a0]?000 personnel/, '20,000 personnel');
      assert.notEqual(altered, uaText);
      const refused = (await as(null, 'POST', '/api/copies/check', { text: altered })).body;
      assert.equal(refused.authentic, false);
      assert.deepEqual(
        refused.closest.differences.map((d: { number: string }) => d.number),
        ['18'],
      );
    });

    test('a version the caller may not read is only "not authentic"; its readers see it authentic', async () => {
      const text =
        'Back-channel draft\n\n1. The parties shall hold talks in Geneva on 4 May 2026 with 1,200,000 euros of support.';
      assert.deepEqual((await as(null, 'POST', '/api/copies/check', { text })).body, {
        authentic: false,
        closest: null,
      });
      assert.deepEqual((await as(ua.token, 'POST', '/api/copies/check', { text })).body, {
        authentic: false,
        closest: null,
      });
      const mine = (await mediator(app, 'POST', '/api/copies/check', { text })).body;
      assert.equal(mine.authentic, true);
      assert.equal(mine.release, null);
    });

    test('the mediators trace a re-typed leak to its copy; a party may not trace', async () => {
      const leak = uaText.replace('internationally', 'internationaly').replace('supervision', 'supervison');
      const traced = await mediator(app, 'POST', `/api/versions/${open.id}/copies/trace`, { text: leak });
      assert.equal(traced.status, 200, JSON.stringify(traced.body));
      assert.equal(traced.body.verdict, 'identified');
      assert.equal(traced.body.ranking[0].partyName, 'Ukraine');
      assert.match(traced.body.summary, /Ukraine/);
      const few = uaText.split('\n\n').slice(1, 3).join('\n\n');
      const weak = (await mediator(app, 'POST', `/api/versions/${open.id}/copies/trace`, { text: few })).body;
      assert.equal(weak.verdict, 'not-enough-evidence');
      assert.match(weak.summary, /Not enough evidence/);
      await unchanged(async () => {
        const byParty = await as(ua.token, 'POST', `/api/versions/${open.id}/copies/trace`, { text: leak });
        assert.equal(byParty.status, 403);
        const none = await mediator(app, 'POST', `/api/versions/${secret.id}/copies/trace`, { text: leak });
        assert.equal(none.body.verdict, 'not-enough-evidence');
        assert.match(none.body.summary, /No copy of this version has been released/);
      });
    });
  });
}
