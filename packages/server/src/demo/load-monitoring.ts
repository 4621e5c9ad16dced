// The demo's monitoring (fixtures/monitoring.json): illustrative incidents of the Gaza ceasefire, marked as such,
// reported and moved through verification by the process's lead mediator through the same commands the API uses,
// each on its own day (the clock is set to that day): one verified, one verified then disputed, one rejected and
// one still reported.
import { readFileSync } from 'node:fs';
import { uuidv7 } from '@concord/core';
import { IncidentInput, IncidentStatusInput } from '@concord/core/monitoring';
import type { Store } from '@concord/db';
import { prettifyError, z } from 'zod';
import { changeIncidentStatus } from '../commands/change-incident-status.ts';
import type { CommandContext } from '../commands/context.ts';
import { reportIncident } from '../commands/report-incident.ts';
import { loadPrincipal } from '../http/principal.ts';
import type { DemoFixtures } from './fixture-schema.ts';
import type { DemoPeople } from './people-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const FixtureMonitoring = z.strictObject({
  note: z.string(),
  process: z.string(),
  incidents: z.array(
    z.strictObject({ incident: IncidentInput, moves: z.array(IncidentStatusInput.extend({ on: Day })) }),
  ),
});
export type FixtureMonitoring = z.infer<typeof FixtureMonitoring>;

export function readDemoMonitoring(dir: URL = FIXTURES_DIR): FixtureMonitoring {
  const raw = JSON.parse(readFileSync(new URL('monitoring.json', dir), 'utf8'));
  const parsed = FixtureMonitoring.safeParse(raw);
  if (!parsed.success) throw new Error(`demo fixtures: monitoring.json: ${prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The log events the file makes: one per incident and per move. */
export function monitoringEvents(file: FixtureMonitoring): number {
  return file.incidents.reduce((n, i) => n + 1 + i.moves.length, 0);
}

export async function loadDemoMonitoring(
  store: Store,
  options: { fixtures: DemoFixtures; people: DemoPeople; file?: FixtureMonitoring },
): Promise<void> {
  const file = options.file ?? readDemoMonitoring();
  const fixture = options.fixtures.processes.find((p) => p.key === file.process);
  const process = (await store.processes.list()).find((p) => p.title === fixture?.title);
  const lead = options.people.accounts.find((a) =>
    a.memberships.some((m) => m.process === file.process && m.role === 'mediator' && m.rank === 'lead'),
  );
  const account = lead && (await store.accounts.byHandle(lead.handle));
  const principal = account && (await loadPrincipal(store, account.id, { kind: 'session', id: uuidv7() }));
  if (!process || !principal) throw new Error('demo monitoring: no process or lead mediator');
  const on = (iso: string): CommandContext => ({ store, principal, clock: () => new Date(iso) });
  for (const { incident, moves } of file.incidents) {
    const made = await reportIncident(on(`${incident.eventDate}T20:00:00.000Z`), {
      processId: process.id,
      ...incident,
    });
    for (const { on: day, ...move } of moves)
      await changeIncidentStatus(on(`${day}T12:00:00.000Z`), { incidentId: made.id, ...move });
  }
}
