// Sets a process's guarantee rules (a mediator or the operator) from the same `concord.rules/1` file that
// `concord rules simulate` reads; the file is checked whole by core's schema and a refusal names the field
// (`rules.rules.0.steps.1.days`), with nothing written. The rules replace any before them; cases already opened
// keep their logged changes. One `guarantee.rules-set` event with the process's audience.
import { Id, newEvent } from '@concord/core';
import { GuaranteeRulesRecord } from '@concord/core/guarantees';
import type { GuaranteeRules } from '@concord/db';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

const Body = GuaranteeRulesRecord.pick({ rules: true }).extend({
  reason: GuaranteeRulesRecord.shape.reason.default(''),
});
export type SetGuaranteeRulesBody = { rules: unknown; reason?: string };

export async function setGuaranteeRules(
  ctx: CommandContext,
  input: { processId: string } & SetGuaranteeRulesBody,
): Promise<GuaranteeRules> {
  const { processId: rawId, ...fields } = (input ?? {}) as { processId: string } & SetGuaranteeRulesBody;
  const processId = validate(Id, rawId, ['processId']);
  const body = validate(Body, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'set-guarantee-rules', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    const stamped = stamp(ctx, grant, process.scope);
    const record = { processId, rules: body.rules, reason: body.reason };
    await tx.appendEvent(newEvent('guarantee.rules-set', record, stamped));
    return mustExist('guarantee rules', processId, (id) => tx.guarantees.rules(id));
  });
}
