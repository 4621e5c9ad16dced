// PDF copies through the copies API, on both stores: a recipient downloads the PDF of its copy (the same bytes
// each time), anyone uploads it to the public check and is told it is authentic and whose it is; a PDF whose
// number was changed is not authentic with that point named; a file that is not a PDF is refused, saying why.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../../app.ts';
import { callAs, memberToken, seedProcess, signedIn } from '../../test-support.ts';
import { renderCopyPdf } from './render-copy-pdf.ts';

const TEXTS = [
  'The parties shall observe a complete ceasefire along the line of contact from 12 March 2026, and shall refrain from any offensive action towards the positions of the other side.',
  'A demilitarised zone of 15 kilometres shall be established on both sides of the line of contact, under the supervision of the United Nations.',
  'Armed forces shall be withdrawn from the zone within 30 days; heavy weapons above 100 millimetres shall be moved at least 50,000 metres from the line.',
  'A reconstruction fund of 100,000,000 euros shall be established, with 25 per cent of its resources prioritised for housing and schools.',
  'A peacekeeping force of up to 12,000 personnel under the United Nations shall be deployed if both parties so request.',
  'This agreement shall enter into force on 15 April 2026 and shall be registered with the Secretariat of the United Nations.',
];

for (const target of databaseTargets()) {
  describe(`PDF copies (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let copyId: string;
    let uaToken: string;

    const download = async (format: string) => {
      const res = await app.request(`/api/copies/${copyId}/download?format=${format}`, {
        headers: { authorization: `Bearer ${uaToken}` },
      });
      assert.equal(res.status, 200, await res.clone().text());
      return { type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
    };
    const check = (pdf: Uint8Array) =>
      callAs(app, null, 'POST', '/api/copies/check', { pdf: Buffer.from(pdf).toString('base64') });

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      const mediator = await signedIn(store, { name: 'US mediation' });
      const seed = await seedProcess(app, mediator);
      const version = await mediator(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
        label: 'March draft',
        status: 'circulated',
        points: TEXTS.map((en) => ({ text: { en } })),
      });
      const released = await mediator(app, 'POST', `/api/versions/${version.body.id}/copies`, {
        partyId: seed.ukraine.id,
      });
      assert.equal(released.status, 201, JSON.stringify(released.body));
      copyId = released.body.id;
      uaToken = (await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id })).token;
    });
    after(() => store.close());

    test('the recipient downloads its PDF, the same bytes each time; anyone checks it: authentic, and whose', async () => {
      const pdf = await download('pdf');
      assert.equal(pdf.type, 'application/pdf');
      assert.equal(Buffer.from(pdf.bytes.subarray(0, 5)).toString(), '%PDF-');
      assert.deepEqual((await download('pdf')).bytes, pdf.bytes);
      const checked = await check(pdf.bytes);
      assert.equal(checked.status, 200, JSON.stringify(checked.body));
      assert.equal(checked.body.authentic, true, JSON.stringify(checked.body));
      assert.equal(checked.body.release.partyName, 'Ukraine');
    });

    test('a PDF of the copy with one number changed is not authentic, and the point is named', async () => {
      const text = new TextDecoder().decode((await download('txt')).bytes);
      const [title = '', ...rest] = text.split('\n').filter((line) => line.trim() !== '');
      const points = rest.map((line) => {
        const [, label = '', body = ''] = /^(\S+) (.*)$/.exec(line) ?? [];
        return { label, text: body.replace(/12[,\u00a0 ]?000 personnel/, '20,000 personnel'), depth: 0 };
      });
      assert.ok(points.some((point) => point.text.includes('20,000 personnel')));
      const altered = await renderCopyPdf({ title, points, footer: [], releasedAt: '2026-03-12T00:00:00Z' });
      const refused = (await check(altered)).body;
      assert.equal(refused.authentic, false, JSON.stringify(refused));
      assert.deepEqual(
        refused.closest.differences.map((d: { number: string }) => d.number),
        ['5'],
      );
    });

    test('a file that is not a PDF is refused with a problem saying so', async () => {
      const answer = await check(new Uint8Array(Buffer.from('1. The parties shall observe a ceasefire.')));
      assert.equal(answer.status, 422);
      assert.match(answer.body.type, /pdf-not-pdf$/);
      assert.match(answer.body.detail, /not a PDF/);
    });
  });
}
