// A plan at the reference case's full size, built through the API only, for the tests that open its analysis
// (the server's and the browser's): 28 points, every one contested, with 4 wordings (even points) or 3 (odd points,
// where the fourth version takes back the first version's wording), and a valuation of all 28 by four parties.
// The values come from a seeded generator, so every run builds the same plan.

/** Any way of calling the API as a lead mediator (in-process app or a browser's request context). */
export type ApiCall = (
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown }>;

type Json = Record<string, unknown> & { id: string };

export const FULL_SIZE = { points: 28, versions: 4, parties: 4 } as const;

const SETTLERS = ['a joint commission', 'the guarantors', 'international arbitration', 'direct talks'];
const SUBJECTS = ['the border line', 'prisoner exchanges', 'energy supply', 'the ports', 'sanctions relief'];

/** Wording of point `n` in version `v` (0-based): odd points in the fourth version go back to the first's. */
export const wordingOf = (n: number, v: number): number => (v === 3 && n % 2 === 1 ? 0 : v);

function pointText(n: number, v: number): string {
  const subject = SUBJECTS[n % SUBJECTS.length] as string;
  return `Article ${n}: every dispute over ${subject} is settled by ${SETTLERS[wordingOf(n, v)]} within ${30 + n} days.`;
}

/** mulberry32: a seeded generator, so the plan is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function must(call: ApiCall, method: string, path: string, body: unknown): Promise<Json> {
  const answer = await call(method, path, body);
  if (answer.status !== 200 && answer.status !== 201)
    throw new Error(
      `full-size seed: ${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    );
  return answer.body as Json;
}

/**
 * The plan in the process `processId` (the caller must be its lead mediator): four new parties, four versions
 * (the last one is the draft), four complete valuations. Answers the ids a test needs.
 */
export async function seedFullSizePlan(call: ApiCall, processId: string) {
  const parties: Json[] = [];
  for (let k = 1; k <= FULL_SIZE.parties; k++)
    parties.push(
      await must(call, 'POST', `/api/processes/${processId}/parties`, { name: `Side ${k}`, kind: 'party' }),
    );
  const plan = await must(call, 'POST', `/api/processes/${processId}/plans`, {
    title: 'Full-size framework (28 contested points)',
    mediatorPartyId: null,
  });
  const numbers = Array.from({ length: FULL_SIZE.points }, (_, i) => i + 1);
  const versions: Json[] = [];
  let lineages: string[] = [];
  for (let v = 0; v < FULL_SIZE.versions; v++) {
    const version = await must(call, 'POST', `/api/plans/${plan.id}/versions`, {
      label: `Draft ${String.fromCharCode(65 + v)}`,
      issuedOn: `2025-12-0${v + 1}`,
      status: 'circulated',
      ...(v > 0 ? { parentVersionId: versions[v - 1]?.id } : {}),
      points: numbers.map((n, i) => ({
        number: String(n),
        ...(v > 0 ? { lineageId: lineages[i] } : {}),
        text: { en: pointText(n, v) },
      })),
    });
    if (v === 0) lineages = (version.points as Json[]).map((p) => p.lineageId as string);
    versions.push(version);
  }
  const random = seeded(28_4_4);
  for (const party of parties) {
    const points = lineages.map((lineageId, i) => {
      const byWording = [random(), random(), random(), random()].map((x) => Math.round(x * 100) / 100);
      const values = Object.fromEntries(
        versions.map((version, v) => [version.id, byWording[wordingOf(i + 1, v)] as number]),
      );
      return { lineageId, weight: Math.round((0.2 + random()) * 100) / 100, values };
    });
    await must(call, 'PUT', `/api/plans/${plan.id}/valuations/${party.id}`, { reservation: 0.35, points });
  }
  return { plan, parties, versions, draft: versions[FULL_SIZE.versions - 1] as Json, lineages };
}
