// Imports an ACLED CSV (a monitor, a mediator or the operator). All or nothing: when any row is bad the answer is
// a 422 naming every bad row by its line in the file and nothing is logged, unless the caller asked to skip bad
// rows; then the good rows are logged and the skipped ones listed. The caller's leave is checked before the file
// is read, so someone who may not report learns nothing about their file's rows.
import { Id } from '@concord/core';
import { AcledImportInput, type CsvProblem, importAcled } from '@concord/core/monitoring';
import type { z } from 'zod';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, writeAs } from './context.ts';
import { logIncidents } from './report-incident.ts';
import { processSubject } from './subjects.ts';

export type ImportInputBody = z.input<typeof AcledImportInput>;
export type ImportResult = { imported: string[]; skipped: CsvProblem[] };

export async function importIncidents(
  ctx: CommandContext,
  input: { processId: string } & ImportInputBody,
): Promise<ImportResult> {
  const { processId: rawId, ...fields } = (input ?? {}) as { processId: string } & ImportInputBody;
  const processId = validate(Id, rawId, ['processId']);
  const body = validate(AcledImportInput, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    permit(ctx, 'report-incident', 'process', process.resource, { what: 'process', id: processId });
    const read = importAcled(body.csv, { skipBadRows: body.skipBadRows });
    if (read.refused) {
      const rows = read.problems.length === 1 ? 'one row is' : `${read.problems.length} rows are`;
      throw ruleBroken(
        `${rows} not valid, so nothing was imported: correct them, or import again skipping bad rows`,
        read.problems.map((p) => ({ path: `line ${p.line}`, message: p.message })),
      );
    }
    const imported = await logIncidents(
      ctx,
      tx,
      processId,
      read.incidents.map((i) => i.incident),
    );
    return { imported, skipped: read.problems };
  });
}
