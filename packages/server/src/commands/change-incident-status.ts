// Moves an incident through verification (a monitor, a mediator or the operator): the workflow's pure function
// (core monitoring/verification.ts) decides whether the move is allowed; a refused move is a 422 with its reason
// and writes nothing. One `incident.status-changed` event naming who decided (the log's actor) and why.
import { Id, newEvent, uuidv7 } from '@concord/core';
import { changeVerification, type IncidentEntry, IncidentStatusInput } from '@concord/core/monitoring';
import type { z } from 'zod';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type StatusChangeBody = z.input<typeof IncidentStatusInput>;

export async function changeIncidentStatus(
  ctx: CommandContext,
  input: { incidentId: string } & StatusChangeBody,
): Promise<IncidentEntry> {
  const { incidentId: rawId, ...fields } = (input ?? {}) as { incidentId: string } & StatusChangeBody;
  const incidentId = validate(Id, rawId, ['incidentId']);
  const body = validate(IncidentStatusInput, fields);
  return writeAs(ctx, async (tx) => {
    const incident = await mustExist('incident', incidentId, (i) => tx.monitoring.incident(i));
    const process = await processSubject(tx, incident.processId);
    const grant = permit(ctx, 'verify-incident', 'process', process.resource, {
      what: 'incident',
      id: incidentId,
    });
    const stamped = stamp(ctx, grant, { ...process.scope, subjectId: incidentId });
    const result = changeVerification(incident.status, { ...body, by: stamped.actor, at: stamped.at });
    if (!result.ok) throw ruleBroken(result.problem, [{ path: 'to', message: result.problem }]);
    const { from, to, reason } = result.change;
    const record = { id: uuidv7(ctx.clock().getTime()), incidentId, from, to, reason };
    await tx.appendEvent(newEvent('incident.status-changed', record, stamped));
    return mustExist('incident', incidentId, (i) => tx.monitoring.incident(i));
  });
}
