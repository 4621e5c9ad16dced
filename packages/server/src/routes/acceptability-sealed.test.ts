// Sealed means sealed: three parties (Ukraine A, Russia B, Europe C) mark the 28-point draft. Worlds that differ
// only in C's marks, but give the same intersection, must look the same to A in everything A receives: API
// bodies, headers (all but `date`), the log entries it can read (and the ones it cannot), proofs, checkpoints and
// error documents. Each world is a fresh store built by the same requests; what differs between worlds by
// construction (random ids, salts, hashes, signatures, wall-clock times) is normalised explicitly, and a control
// world with another intersection shows the normalisation does not hide what should differ.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { databaseTargets } from '@concord/db';
import { createApp } from '../app.ts';
import { type Answer, callAs } from '../test-support.ts';
import { type AcceptabilitySeed, marksBody, seedAcceptability } from './acceptability-seed.ts';

type Marks = Parameters<typeof marksBody>[1];
type Seed = AcceptabilitySeed;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;
// ETags are keyed by a random secret of each server (one per world): numbered like ids, so which answers share a
// tag still counts.
const ETAG = /^etag: .*$/gm;
// Salts, leaf and root hashes, signatures: standard base64 of 32 bytes or more.
const BASE64 = /[A-Za-z0-9+/]{42,}={0,2}/g;

/**
 * One answer as text: status, headers but `date`, body. Ids become <id1>, <id2>, … in order of first appearance
 * across the whole transcript (so the same id is the same placeholder everywhere), ETags <etagN> likewise, times
 * <time>, base64 <b64>.
 */
function transcriber() {
  const ids = new Map<string, string>();
  const etags = new Map<string, string>();
  return (label: string, answer: Answer): string => {
    const headers = [...answer.headers.entries()]
      .filter(([name]) => name !== 'date')
      .map(([name, value]) => `${name}: ${value}`)
      .sort()
      .join('\n');
    const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    const raw = `${label}\n${answer.status}\n${headers}\n${body}`;
    return raw
      .replace(ETAG, (tag) => {
        if (!etags.has(tag)) etags.set(tag, `etag: <etag${etags.size + 1}>`);
        return etags.get(tag) as string;
      })
      .replace(UUID, (id) => {
        if (!ids.has(id)) ids.set(id, `<id${ids.size + 1}>`);
        return ids.get(id) as string;
      })
      .replace(TIME, '<time>')
      .replace(BASE64, '<b64>');
  };
}

const A_MARKS = (v: Seed['versions']): Marks => ({
  cap: { [v.v28]: true, [v.e3]: true },
  nato: { [v.v28]: false, [v.e3]: true },
  elections: { [v.v28]: true, [v.e3]: true },
  amnesty: { [v.v28]: true, [v.e3]: true },
});
const B_MARKS = (v: Seed['versions']): Marks => ({
  cap: { [v.v28]: false, [v.e3]: true },
  nato: { [v.v28]: true, [v.e3]: true },
  elections: { [v.v28]: true, [v.e3]: false },
});

// Every one gives, with A's and B's, the intersection army cap {E3}, NATO {E3}, elections {28}, amnesty waiting
// (Russia has not marked it).
const SAME_INTERSECTION: Record<string, (v: Seed['versions']) => Marks> = {
  'C accepts everything it marks': (v) => ({
    cap: { [v.v28]: true, [v.e3]: true },
    nato: { [v.v28]: true, [v.e3]: true },
    elections: { [v.v28]: true, [v.e3]: true },
  }),
  'C accepts exactly the intersection, and marks the amnesty one way': (v) => ({
    cap: { [v.v28]: false, [v.e3]: true },
    nato: { [v.v28]: false, [v.e3]: true },
    elections: { [v.v28]: true, [v.e3]: false },
    amnesty: { [v.v28]: false, [v.e3]: true },
  }),
  'C refuses other wordings, and marks the amnesty the other way': (v) => ({
    cap: { [v.v28]: false, [v.e3]: true },
    nato: { [v.v28]: true, [v.e3]: true },
    elections: { [v.v28]: true, [v.e3]: true },
    amnesty: { [v.v28]: true, [v.e3]: false },
  }),
};
// The control: C refuses the E3 army cap, so the intersection differs (no common wording on the army cap).
const OTHER_INTERSECTION = (v: Seed['versions']): Marks => ({
  cap: { [v.v28]: true, [v.e3]: false },
  nato: { [v.v28]: true, [v.e3]: true },
  elections: { [v.v28]: true, [v.e3]: true },
});

for (const target of databaseTargets()) {
  describe(`sealed acceptability: what Ukraine receives does not depend on Europe's marks (${target.name})`, () => {
    /** Builds a world, lets C mark `cMarks`, and returns everything A received, normalised. */
    async function transcriptOfA(cMarks: (v: Seed['versions']) => Marks): Promise<string[]> {
      const store = await target.open();
      try {
        const at = new Date('2025-11-24T12:00:00.000Z');
        const app = createApp({ store, clock: () => new Date(at) });
        const seed = await seedAcceptability(app, store);
        const v = seed.versions;
        const out: string[] = [];
        const write = transcriber();
        const a = async (label: string, method: string, path: string, body?: unknown) =>
          out.push(write(label, await callAs(app, seed.keys.ukraine, method, path, body)));
        const own = `/api/versions/${v.v28}/acceptability`;
        const common = `${own}/common`;

        await a('A marks', 'PUT', own, marksBody(seed, A_MARKS(v)));
        await a('common after A', 'GET', common);
        const b = await callAs(app, seed.keys.russia, 'PUT', own, marksBody(seed, B_MARKS(v)));
        assert.equal(b.status, 200);
        await a('common after B', 'GET', common);
        const cIndex = await store.log.size();
        const c = await callAs(app, seed.keys.europe, 'PUT', own, marksBody(seed, cMarks(v)));
        assert.equal(c.status, 200, JSON.stringify(c.body));

        await a('common after C', 'GET', common);
        await a('own marks', 'GET', own);
        await a('C’s marks asked for', 'GET', `${own}?partyId=${seed.europe.id}`);
        await a('marking for C', 'PUT', `${own}?partyId=${seed.europe.id}`, { points: [] });
        await a(
          'a point that is not contested',
          'PUT',
          own,
          marksBody(seed, { sovereignty: { [v.v28]: true } }),
        );
        await a('a wording twice', 'PUT', own, marksBody(seed, { cap: { [v.e3]: true, [v.dec]: false } }));
        await a('a malformed body', 'PUT', own, { points: 'all' });
        await a('C’s log entry', 'GET', `/api/log/entries/${cIndex}`);
        await a('the whole log', 'GET', '/api/log/entries?from=0&limit=1000');
        await a('inclusion of C’s entry', 'GET', `/api/log/proofs/inclusion?index=${cIndex}`);
        await a('the checkpoint', 'GET', '/api/log/checkpoint');
        await a('the version', 'GET', `/api/versions/${v.v28}`);
        await a('the domain', 'GET', `/api/versions/${v.v28}/domain`);
        await a('own analysis', 'GET', `/api/versions/${v.v28}/analysis`);
        await a('the process', 'GET', `/api/processes/${seed.process.id}`);
        // A changes its mind after C marked: its answer and the new common result.
        await a(
          'A marks again',
          'PUT',
          own,
          marksBody(seed, { ...A_MARKS(v), cap: { [v.v28]: false, [v.e3]: true } }),
        );
        await a('common at the end', 'GET', common);
        return out;
      } finally {
        await store.close();
      }
    }

    test('three worlds with the same intersection give Ukraine byte-identical answers; another intersection does not', async () => {
      const transcripts = new Map<string, string[]>();
      for (const [name, marks] of Object.entries(SAME_INTERSECTION))
        transcripts.set(name, await transcriptOfA(marks));
      const [first, ...rest] = [...transcripts.entries()];
      assert.ok(first);
      const [firstName, reference] = first;
      // The intersection is what the worlds were built to share, and it is not trivial.
      const revealed = JSON.parse(
        (reference.find((t) => t.startsWith('common after C')) as string).split('\n').pop() as string,
      ) as { points: { status: string; common?: { label: string }[] }[]; packages: { count: number } };
      assert.deepEqual(
        revealed.points.map((p) => p.status),
        ['revealed', 'revealed', 'revealed', 'waiting'],
      );
      assert.equal(revealed.packages.count, 1);
      for (const [name, transcript] of rest) {
        assert.equal(transcript.length, reference.length);
        transcript.forEach((answer, i) => {
          assert.equal(answer, reference[i], `"${name}" and "${firstName}" differ for Ukraine`);
        });
      }
      // The control: had the intersection differed, Ukraine would see it (and only in the common result).
      const control = await transcriptOfA(OTHER_INTERSECTION);
      const differing = control.flatMap((answer, i) =>
        answer === reference[i] ? [] : [answer.split('\n')[0]],
      );
      assert.deepEqual(differing, ['common after C', 'common at the end']);
    });
  });
}
