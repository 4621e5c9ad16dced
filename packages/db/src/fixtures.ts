// A realistic sequence for tests: a process with parties, a plan, a 3-point draft with a sub-point and
// commitments, a counter-draft that continues two lineages, and updates of every kind.
import {
  type ConcordEvent,
  expandVersionDraft,
  newEvent,
  uuidv7,
  type ValuationRecord,
  type VersionBundle,
  VersionCreate,
} from '@concord/core';
import type { Store } from './store.ts';

/** Events in these tests carry a fixed time: commands take theirs from an injected clock. */
const TEST_AT = '2025-11-20T09:00:00.000Z';

export type Scenario = {
  processId: string;
  partyIds: { ukraine: string; russia: string; us: string };
  planId: string;
  draft: VersionBundle;
  counter: VersionBundle;
};

const actor = 'test';

export function scenarioEvents(): { scenario: Scenario; batches: ConcordEvent[][] } {
  const processId = uuidv7();
  const partyIds = { ukraine: uuidv7(), russia: uuidv7(), us: uuidv7() };
  const planId = uuidv7();
  const draft = expandVersionDraft({
    planId,
    draft: VersionCreate.parse({
      label: '28-point draft',
      issuedOn: '2025-11-20',
      status: 'circulated',
      points: [
        { text: { en: 'Sovereignty of Ukraine will be confirmed.' }, categories: ['sovereignty'] },
        {
          text: { en: 'Armed forces capped.', uk: 'Обмеження чисельності.' },
          quantities: [{ value: 600000, unit: 'personnel', text: '600,000' }],
          commitments: [
            { obligor: partyIds.ukraine, beneficiary: partyIds.russia, action: 'cap its forces' },
          ],
          points: [{ text: { en: 'Verified by monitors.' } }],
        },
        {
          text: { en: 'Snapback.' },
          conditions: [
            {
              if: 'Russia invades again',
              then: 'sanctions are reinstated',
            },
          ],
          commitments: [
            { obligor: 'Guarantors', action: 'reinstate sanctions', due: { event: 'a finding' } },
          ],
        },
      ],
    }),
  });
  const [p1, p2] = draft.points;
  const counter = expandVersionDraft({
    planId,
    draft: VersionCreate.parse({
      label: 'E3 counter-draft',
      parentVersionId: draft.version.id,
      points: [
        { lineageId: p1?.lineageId, text: { en: 'Sovereignty confirmed.' } },
        { lineageId: p2?.lineageId, number: '6', text: { en: 'Cap of 800,000 in peacetime.' } },
      ],
    }),
  });
  const party = (id: string, name: string, kind: 'party' | 'mediator') =>
    newEvent('party.created', { id, processId, name, kind, aliases: [] }, { actor, at: TEST_AT });
  const batches: ConcordEvent[][] = [
    [
      newEvent(
        'process.created',
        {
          id: processId,
          title: 'Russia–Ukraine 2025',
          description: '',
          createdAt: '2025-11-20T09:00:00.000Z',
        },
        { actor, at: TEST_AT },
      ),
      party(partyIds.ukraine, 'Ukraine', 'party'),
      party(partyIds.russia, 'Russia', 'party'),
      party(partyIds.us, 'United States', 'mediator'),
    ],
    [
      newEvent(
        'plan.created',
        { id: planId, processId, title: 'Peace framework', mediatorPartyId: partyIds.us, languages: [] },
        { actor, at: TEST_AT },
      ),
    ],
    [newEvent('version.created', draft, { actor, at: TEST_AT })],
    [newEvent('version.created', counter, { actor, at: TEST_AT })],
    [
      newEvent(
        'process.updated',
        { id: processId, changes: { description: 'Talks in Geneva' } },
        { actor, at: TEST_AT },
      ),
      newEvent(
        'party.updated',
        { id: partyIds.ukraine, changes: { aliases: ['Kyiv'] } },
        { actor, at: TEST_AT },
      ),
      newEvent('plan.updated', { id: planId, changes: { title: 'Framework' } }, { actor, at: TEST_AT }),
      newEvent(
        'version.updated',
        { id: draft.version.id, changes: { status: 'final', issuedOn: null } },
        { actor, at: TEST_AT },
      ),
      newEvent(
        'point.updated',
        { id: p2?.id as string, changes: { number: '6', ordinal: 1 } },
        { actor, at: TEST_AT },
      ),
      newEvent(
        'point.created',
        {
          id: uuidv7(),
          versionId: counter.version.id,
          lineageId: draft.points[3]?.lineageId as string,
          parentPointId: null,
          derivedFrom: [],
          note: '',
          ordinal: 2,
          number: '7',
          text: { en: 'Snapback kept.' },
          categories: [],
          quantities: [],
          conditions: [],
        },
        { actor, at: TEST_AT },
      ),
      newEvent(
        'commitment.created',
        {
          id: uuidv7(),
          versionId: counter.version.id,
          pointId: counter.points[1]?.id as string,
          obligor: partyIds.ukraine,
          beneficiary: null,
          action: 'keep forces at or below 800,000 in peacetime',
          due: null,
          verification: null,
        },
        { actor, at: TEST_AT },
      ),
      newEvent(
        'commitment.updated',
        {
          id: draft.commitments[0]?.id as string,
          changes: { due: { date: '2026-01-01' }, verification: 'IAEA' },
        },
        { actor, at: TEST_AT },
      ),
    ],
  ];
  return { scenario: { processId, partyIds, planId, draft, counter }, batches };
}

/** Appends the scenario, one transaction per batch. */
export async function loadScenario(store: Store): Promise<Scenario> {
  const { scenario, batches } = scenarioEvents();
  for (const batch of batches)
    await store.transact(async (tx) => {
      for (const event of batch) await tx.appendEvent(event);
    });
  return scenario;
}

/**
 * A valuation of the scenario's plan by `partyId`: the sovereignty point (draft and counter wordings) and the
 * forces cap (600,000 vs 800,000). `id` defaults to a new one; pass the previous id to record it again.
 */
export function valuationRecord(
  scenario: Scenario,
  partyId: string,
  fields: Partial<Omit<ValuationRecord, 'processId' | 'planId' | 'partyId'>> = {},
): ValuationRecord {
  const draftId = scenario.draft.version.id;
  const counterId = scenario.counter.version.id;
  const [sovereignty, forces] = scenario.draft.points;
  return {
    id: uuidv7(),
    processId: scenario.processId,
    planId: scenario.planId,
    partyId,
    enteredBy: 'mediator',
    reservation: 0.4,
    points: [
      { lineageId: sovereignty?.lineageId as string, weight: 1, values: { [draftId]: 0.9, [counterId]: 1 } },
      { lineageId: forces?.lineageId as string, weight: 3, values: { [draftId]: 0.2, [counterId]: 0.7 } },
    ],
    note: '',
    ...fields,
  };
}

export function valuationEvent(record: ValuationRecord): ConcordEvent {
  return newEvent('valuation.recorded', record, { actor: 'test', at: TEST_AT });
}
