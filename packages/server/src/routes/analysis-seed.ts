// Test seed shared by the valuation and analysis tests: the reference case of the engine's plan-domain test
// (a 28-point draft and an E3 counter-draft; the army cap, NATO and the amnesty are contested, sovereignty is
// not; the elections are contested too but nobody weighs them), with parties, a second process, and an API
// token for every kind of caller: the lead mediator of each process, and delegates of Ukraine, Russia, Israel.
import type { Principal } from '@concord/core';
import type { Store } from '@concord/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { loadPrincipal } from '../http/principal.ts';
import { callAs, memberToken, signedIn } from '../test-support.ts';

const v28 = {
  label: 'US 28-point draft',
  issuedOn: '2025-11-20',
  status: 'circulated',
  points: [
    { number: '1', text: { en: 'Sovereignty of Ukraine will be confirmed.' } },
    { number: '6', text: { en: 'The armed forces of Ukraine are capped at 600,000 personnel.' } },
    { number: '7', text: { en: 'Ukraine writes into its constitution that it will not join NATO.' } },
    { number: '25', text: { en: 'Ukraine holds elections within 100 days.' } },
    { number: '26', text: { en: 'Everyone involved gets a full amnesty for wartime acts.' } },
  ],
};

type Json = Record<string, unknown> & { id: string };

export async function seedAnalysis(app: OpenAPIHono, store: Store) {
  const mediator = await signedIn(store, { name: 'US mediation' });
  const post = async (path: string, body: unknown): Promise<Json> => {
    const answer = await mediator(app, 'POST', path, body);
    if (answer.status !== 201) throw new Error(`seed: ${path} answered ${answer.status}`);
    return answer.body;
  };
  const process = await post('/api/processes', { title: 'Russia–Ukraine 2025' });
  const party = (name: string, kind: string) => post(`/api/processes/${process.id}/parties`, { name, kind });
  const ukraine = await party('Ukraine', 'party');
  const us = await party('United States', 'mediator');
  const russia = await party('Russia', 'party');
  const europe = await party('Europe', 'party');
  const plan = await post(`/api/processes/${process.id}/plans`, {
    title: 'Framework',
    mediatorPartyId: us.id,
  });
  const first = await post(`/api/plans/${plan.id}/versions`, v28);
  const [sovereignty, cap, nato, elections, amnesty] = (first.points as Json[]).map(
    (p) => p.lineageId as string,
  );
  const e3 = await post(`/api/plans/${plan.id}/versions`, {
    label: 'E3 counter-draft',
    issuedOn: '2025-11-23',
    status: 'circulated',
    parentVersionId: first.id,
    points: [
      { number: '1', lineageId: sovereignty, text: { en: 'Sovereignty of Ukraine will be confirmed.' } },
      {
        number: '6',
        lineageId: cap,
        text: { en: 'The armed forces of Ukraine are capped at 800,000 in peacetime.' },
      },
      {
        number: '7',
        lineageId: nato,
        text: { en: "Ukraine's membership of NATO depends on the consensus of members." },
      },
      { number: '25', lineageId: elections, text: { en: 'Ukraine holds elections as soon as possible.' } },
    ],
  });
  const other = await post('/api/processes', { title: 'Gaza 2025' });
  const israel = await post(`/api/processes/${other.id}/parties`, { name: 'Israel', kind: 'party' });
  const otherPlan = await post(`/api/processes/${other.id}/plans`, {
    title: 'Gaza plan',
    mediatorPartyId: null,
  });
  const member = (processId: string, role: 'mediator' | 'delegate', partyId: string | null = null) =>
    memberToken(store, processId, role, { partyId, rank: role === 'mediator' ? 'staff' : null });
  const members = {
    mediator: await member(process.id, 'mediator'),
    ukraine: await member(process.id, 'delegate', ukraine.id),
    russia: await member(process.id, 'delegate', russia.id),
    otherMediator: await member(other.id, 'mediator'),
    otherParty: await member(other.id, 'delegate', israel.id),
  };
  const keys = Object.fromEntries(Object.entries(members).map(([k, m]) => [k, m.token])) as Record<
    keyof typeof members,
    string
  >;
  /** The principal an API token of `who` resolves to (its one membership), for calling commands directly. */
  const principalOf = async (who: keyof typeof members): Promise<Principal> => {
    const m = members[who];
    const loaded = await loadPrincipal(store, m.accountId, { kind: 'token', id: m.membership.id });
    if (!loaded) throw new Error('seed: no principal');
    return { ...loaded, memberships: [m.membership] };
  };
  const lineages = { sovereignty, cap, nato, elections, amnesty } as Record<string, string>;
  return {
    process,
    ukraine,
    us,
    russia,
    europe,
    plan,
    v28: first,
    e3,
    other,
    israel,
    otherPlan,
    keys,
    principalOf,
    lineages,
  };
}

export type AnalysisSeed = Awaited<ReturnType<typeof seedAnalysis>>;

/**
 * The engine test's hand-worked valuations (weights given unnormalised: Ukraine 5:3:2 is 0.5/0.3/0.2).
 *   Ukraine = 0.5·cap + 0.3·nato + 0.2·(0.3 | 1), reservation 0.45
 *   Russia  = 0.4·(1 | 0.5) + 0.4·(1 | 0) + 0.2·(1 | 0.2), reservation 0.5
 * 28-point draft (0,0,0): Ukraine 0.06, Russia 1. E3 (1,1,1): Ukraine 1, Russia 0.24.
 */
export function referenceValuations(seed: AnalysisSeed) {
  const { lineages: l, v28, e3 } = seed;
  const point = (lineageId: string | undefined, weight: number, in28: number, inE3: number) => ({
    lineageId: lineageId as string,
    weight,
    values: { [v28.id]: in28, [e3.id]: inE3 },
  });
  return {
    ukraine: {
      reservation: 0.45,
      points: [point(l.cap, 5, 0, 1), point(l.nato, 3, 0, 1), point(l.amnesty, 2, 0.3, 1)],
      note: 'entered in the test',
    },
    russia: {
      reservation: 0.5,
      points: [point(l.cap, 0.4, 1, 0.5), point(l.nato, 0.4, 1, 0), point(l.amnesty, 0.2, 1, 0.2)],
    },
  };
}

/** A one-point version of the other process's plan, created by that process's mediator. */
export function addOtherPlanVersion(app: OpenAPIHono, seed: AnalysisSeed) {
  return callAs(app, seed.keys.otherMediator, 'POST', `/api/plans/${seed.otherPlan.id}/versions`, {
    label: 'Gaza 20 points',
    issuedOn: '2025-09-29',
    status: 'circulated',
    points: [{ text: { en: 'Ceasefire.' } }],
  });
}
