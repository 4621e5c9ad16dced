// Test seed for sealed acceptability: the analysis seed's process (Ukraine, Russia and Europe negotiate; the
// United States mediates) with a December version that keeps the E3 counter-draft's wordings (so each of them
// is carried by two versions), and a token for each party's delegate, an observer acting for Ukraine and a
// mediator. Contested points of the 28-point draft: army cap, NATO, elections (two wordings each) and the
// amnesty (the draft's wording, or deleted).
import type { Store } from '@concord/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { callAs, memberToken } from '../test-support.ts';
import { seedAnalysis } from './analysis-seed.ts';

export async function seedAcceptability(app: OpenAPIHono, store: Store) {
  const seed = await seedAnalysis(app, store);
  const l = seed.lineages as Record<'sovereignty' | 'cap' | 'nato' | 'elections' | 'amnesty', string>;
  const december = await callAs(app, seed.keys.mediator, 'POST', `/api/plans/${seed.plan.id}/versions`, {
    label: 'December version',
    issuedOn: '2025-12-20',
    status: 'circulated',
    parentVersionId: seed.e3.id,
    points: [
      { number: '1', lineageId: l.sovereignty, text: { en: 'Sovereignty of Ukraine will be confirmed.' } },
      {
        number: '6',
        lineageId: l.cap,
        text: { en: 'The armed forces of Ukraine are capped at 800,000 in peacetime.' },
      },
      {
        number: '7',
        lineageId: l.nato,
        text: { en: "Ukraine's membership of NATO depends on the consensus of members." },
      },
      { number: '25', lineageId: l.elections, text: { en: 'Ukraine holds elections as soon as possible.' } },
    ],
  });
  if (december.status !== 201) throw new Error(`seed: December answered ${december.status}`);
  const token = async (role: 'delegate' | 'observer', partyId: string) =>
    (await memberToken(store, seed.process.id, role, { partyId })).token;
  const keys = {
    ...seed.keys,
    europe: await token('delegate', seed.europe.id),
    ukraineObserver: await token('observer', seed.ukraine.id),
  };
  const v28 = seed.v28.id;
  const e3 = seed.e3.id;
  const dec = december.body.id as string;
  return { ...seed, keys, lineages: l, december: december.body, versions: { v28, e3, dec } };
}

export type AcceptabilitySeed = Awaited<ReturnType<typeof seedAcceptability>>;

/** A marks body: per lineage key, the wordings (named by version id) and the answer. */
export function marksBody(
  seed: AcceptabilitySeed,
  marks: Partial<Record<keyof AcceptabilitySeed['lineages'], Record<string, boolean>>>,
) {
  return {
    points: Object.entries(marks).map(([key, wordings]) => ({
      lineageId: seed.lineages[key as keyof AcceptabilitySeed['lineages']],
      wordings,
    })),
  };
}
