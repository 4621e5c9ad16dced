// What happened around the demo's texts (fixtures/timeline.json): the 28-point draft handed to Ukraine on
// 20 November 2025 (a delivery, which is what makes the draft readable by Ukraine), the Geneva talks, the public
// statements of those days and the Thanksgiving deadline, entered by the process's lead mediator through the
// same commands the API uses, each on its reference-case date. The file is checked before the first write.
import { readFileSync } from 'node:fs';
import { ConsultationKind, DeliveryForm, IsoUtc, StatementKind } from '@concord/core';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import { moveDeadline } from '../commands/change-deadline.ts';
import type { CommandContext } from '../commands/context.ts';
import { deliverVersion } from '../commands/deliver-version.ts';
import { recordConsultation } from '../commands/record-consultation.ts';
import { recordStatement } from '../commands/record-statement.ts';
import { setDeadline } from '../commands/set-deadline.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

export const FixtureTimeline = z.strictObject({
  note: z.string(),
  process: Key,
  plan: Key,
  deliveries: z.array(
    z.strictObject({
      version: Key,
      party: Key,
      at: IsoUtc,
      by: z.string().min(1),
      form: DeliveryForm,
      note: z.string(),
    }),
  ),
  consultations: z.array(
    z.strictObject({
      kind: ConsultationKind,
      at: IsoUtc,
      title: z.string().min(1),
      parties: z.array(Key).min(1),
      version: Key.nullable(),
      participants: z.string(),
      place: z.string(),
      summary: z.string(),
    }),
  ),
  statements: z.array(
    z.strictObject({
      kind: StatementKind,
      at: IsoUtc,
      speaker: z.string().min(1),
      party: Key.nullable(),
      outlet: z.string(),
      quote: z.string(),
      summary: z.string().min(1),
      source: z.string().nullable(),
    }),
  ),
  deadlines: z.array(
    z.strictObject({
      title: z.string().min(1),
      setAt: IsoUtc,
      setBy: z.string(),
      due: IsoUtc,
      note: z.string(),
      moves: z.array(z.strictObject({ at: IsoUtc, to: IsoUtc, reason: z.string().min(1) })),
    }),
  ),
});
export type FixtureTimeline = z.infer<typeof FixtureTimeline>;

export function readDemoTimeline(dir: URL = FIXTURES_DIR): FixtureTimeline {
  const file = new URL('timeline.json', dir);
  const parsed = FixtureTimeline.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`demo fixtures: timeline.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

/** How many events the timeline file makes: one per delivery, consultation, statement, deadline and move. */
export function timelineEvents(file: FixtureTimeline): number {
  return (
    file.deliveries.length +
    file.consultations.length +
    file.statements.length +
    file.deadlines.reduce((n, d) => n + 1 + d.moves.length, 0)
  );
}

export async function loadDemoTimeline(
  store: Store,
  options: { fixtures: DemoFixtures; mediator: CommandContext; timeline?: FixtureTimeline },
): Promise<void> {
  const file = options.timeline ?? readDemoTimeline();
  const ids = await resolve(store, options.fixtures, file);
  const at = (time: string): CommandContext => ({ ...options.mediator, clock: () => new Date(time) });
  const party = (key: string) => need(ids.parties, key, 'party');
  const version = (key: string) => need(ids.versions, key, 'version');
  // Checked before the first write: every key resolves.
  for (const d of file.deliveries) {
    version(d.version);
    party(d.party);
  }
  for (const c of file.consultations) {
    c.parties.forEach(party);
    if (c.version !== null) version(c.version);
  }
  for (const s of file.statements) if (s.party !== null) party(s.party);
  type Item = { at: string; write: () => Promise<unknown> };
  const items: Item[] = [
    ...file.deliveries.map((d) => ({
      at: d.at,
      write: () =>
        deliverVersion(at(d.at), {
          versionId: version(d.version),
          partyId: party(d.party),
          deliveredAt: d.at,
          deliveredBy: d.by,
          form: d.form,
          note: d.note,
        }),
    })),
    ...file.consultations.map((c) => ({
      at: c.at,
      write: () =>
        recordConsultation(at(c.at), {
          processId: ids.processId,
          kind: c.kind,
          heldAt: c.at,
          title: c.title,
          partyIds: c.parties.map(party),
          versionId: c.version === null ? null : version(c.version),
          participants: c.participants,
          place: c.place,
          summary: c.summary,
        }),
    })),
    ...file.statements.map((s) => ({
      at: s.at,
      write: () =>
        recordStatement(at(s.at), {
          processId: ids.processId,
          kind: s.kind,
          madeAt: s.at,
          speaker: s.speaker,
          partyId: s.party === null ? null : party(s.party),
          outlet: s.outlet,
          quote: s.quote,
          summary: s.summary,
          sourceUrl: s.source,
        }),
    })),
    ...file.deadlines.map((d) => ({
      at: d.setAt,
      write: async () => {
        const set = await setDeadline(at(d.setAt), {
          processId: ids.processId,
          title: d.title,
          dueAt: d.due,
          setAt: d.setAt,
          setBy: d.setBy,
          note: d.note,
        });
        for (const m of d.moves)
          await moveDeadline(at(m.at), { deadlineId: set.id, dueAt: m.to, reason: m.reason, at: m.at });
      },
    })),
  ];
  // In the order it happened, so the log reads as the process did.
  for (const item of items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) await item.write();
}

async function resolve(store: Store, fixtures: DemoFixtures, file: FixtureTimeline) {
  const fixture = fixtures.processes.find((p) => p.key === file.process);
  if (!fixture) throw new Error(`demo timeline: unknown process ${file.process}`);
  const planFixture = fixture.plans.find((p) => p.key === file.plan);
  if (!planFixture) throw new Error(`demo timeline: unknown plan ${file.plan}`);
  const process = (await store.processes.list()).find((p) => p.title === fixture.title);
  if (!process) throw new Error(`demo timeline: process "${fixture.title}" is not loaded`);
  const plan = (await store.plans.listByProcess(process.id)).find((p) => p.title === planFixture.title);
  if (!plan) throw new Error(`demo timeline: plan "${planFixture.title}" is not loaded`);
  const stored = await store.versions.listByPlan(plan.id);
  const versions = new Map(
    planFixture.versions.flatMap((v) => {
      const found = stored.find((s) => s.label === v.label);
      return found ? [[v.key, found.id] as const] : [];
    }),
  );
  const storedParties = await store.parties.listByProcess(process.id);
  const parties = new Map(
    fixture.parties.flatMap((p) => {
      const found = storedParties.find((s) => s.name === p.name);
      return found ? [[p.key, found.id] as const] : [];
    }),
  );
  return { processId: process.id, versions, parties };
}

function need(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo timeline: unknown ${what} ${key}`);
  return id;
}
