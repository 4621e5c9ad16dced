// Reports incidents (a monitor, a mediator or the operator): one from the page's form, or many from an ACLED file
// (see import-incidents.ts). Each is one `incident.reported` event with the process's audience, and starts as
// reported: verifying it is a decision of its own (change-incident-status.ts).
import { Id, newEvent, uuidv7 } from '@concord/core';
import { type IncidentEntry, IncidentInput, type IncidentInputBody } from '@concord/core/monitoring';
import type { Tx } from '@concord/db';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type ReportIncidentInput = { processId: string } & IncidentInputBody;

/** Logs valid incidents in one transaction after the caller's leave is checked; returns their ids. */
export async function logIncidents(
  ctx: CommandContext,
  tx: Tx,
  processId: string,
  incidents: readonly IncidentInput[],
): Promise<string[]> {
  const process = await processSubject(tx, processId);
  const grant = permit(ctx, 'report-incident', 'process', process.resource, {
    what: 'process',
    id: processId,
  });
  const ids: string[] = [];
  for (const incident of incidents) {
    const id = uuidv7(ctx.clock().getTime());
    const scope = { ...process.scope, subjectId: id };
    await tx.appendEvent(
      newEvent('incident.reported', { id, processId, incident }, stamp(ctx, grant, scope)),
    );
    ids.push(id);
  }
  return ids;
}

export async function reportIncident(
  ctx: CommandContext,
  input: ReportIncidentInput,
): Promise<IncidentEntry> {
  const { processId: rawId, ...fields } = (input ?? {}) as ReportIncidentInput;
  const processId = validate(Id, rawId, ['processId']);
  const incident = validate(IncidentInput, fields);
  return writeAs(ctx, async (tx) => {
    const [id] = await logIncidents(ctx, tx, processId, [incident]);
    return mustExist('incident', id as string, (i) => tx.monitoring.incident(i));
  });
}
