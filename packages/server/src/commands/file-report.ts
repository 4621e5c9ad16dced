// Files a monitoring report (a monitor, a mediator or the operator): a period, a summary and findings per tracked
// commitment with proposed statuses. The proposals change nothing: a mediator applies one through the status
// route (set-commitment-status.ts). Every finding must name a tracked commitment of this process and every
// incident it cites an incident of this process, or the report is refused and nothing is written.
import { Id, newEvent, uuidv7 } from '@concord/core';
import { type ReportEntry, ReportInput } from '@concord/core/monitoring';
import type { z } from 'zod';
import type { FieldError } from '../problems.ts';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { processSubject } from './subjects.ts';

export type FileReportInput = { processId: string } & z.input<typeof ReportInput>;

export async function fileReport(ctx: CommandContext, input: FileReportInput): Promise<ReportEntry> {
  const { processId: rawId, ...fields } = (input ?? {}) as FileReportInput;
  const processId = validate(Id, rawId, ['processId']);
  const report = validate(ReportInput, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'file-report', 'process', process.resource, { what: 'process', id: processId });
    const tracked = new Set((await tx.tracking.listByProcess(processId)).map((t) => t.commitmentId));
    const incidents = new Set((await tx.monitoring.incidents(processId)).map((i) => i.id));
    const errors: FieldError[] = [];
    report.findings.forEach((finding, i) => {
      if (!tracked.has(finding.commitmentId))
        errors.push({
          path: `findings.${i}.commitmentId`,
          message: 'is not a tracked commitment of this process',
        });
      finding.incidentIds.forEach((id, k) => {
        if (!incidents.has(id))
          errors.push({
            path: `findings.${i}.incidentIds.${k}`,
            message: 'is not an incident of this process',
          });
      });
    });
    if (errors.length) throw ruleBroken('the report names what this process does not hold', errors);
    const id = uuidv7(ctx.clock().getTime());
    const scope = { ...process.scope, subjectId: id };
    await tx.appendEvent(newEvent('report.filed', { id, processId, report }, stamp(ctx, grant, scope)));
    const all = await tx.monitoring.reports(processId);
    return all.find((r) => r.id === id) as ReportEntry;
  });
}
