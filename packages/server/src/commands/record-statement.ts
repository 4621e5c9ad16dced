// Records a public statement: a denial that talks are happening, a confirmation that a draft was received, a leak
// reported by a named outlet (who, when, kind, quote or summary, source). It is as public as its process (events
// about it are about the process, like a party's), so it may name only a version shared as widely.
import {
  admits,
  newEvent,
  readScope,
  type Statement,
  StatementCreate,
  type StatementCreateInput,
  uuidv7,
} from '@concord/core';
import { validate } from '../validate.ts';
import { namedVersion, partiesOfProcess, pastOrNow } from './briefing-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type RecordStatementInput = { processId: string } & StatementCreateInput;

export async function recordStatement(ctx: CommandContext, input: RecordStatementInput): Promise<Statement> {
  const { id: processId, fields } = splitId(input, 'processId');
  const s = validate(StatementCreate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'record-statement', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    const parties = await partiesOfProcess(
      tx,
      processId,
      s.partyId === null ? [] : [{ path: 'partyId', id: s.partyId }],
    );
    pastOrNow(ctx, s.madeAt, 'madeAt');
    if (s.versionId !== null) {
      const scope = readScope(ctx.principal);
      await namedVersion(tx, processId, s.versionId, process.entity.audience, parties, (v) =>
        admits(scope, v.processId, v.audience),
      );
    }
    const id = uuidv7(ctx.clock().getTime());
    await tx.appendEvent(
      newEvent('statement.recorded', { id, processId, ...s }, stamp(ctx, grant, process.scope)),
    );
    return mustExist('statement', id, (i) => tx.statements.get(i));
  });
}
