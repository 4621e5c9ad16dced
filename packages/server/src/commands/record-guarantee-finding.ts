// Enters a council's finding on a case's step (a mediator or the operator): the finding names the closed motion
// whose outcome it is, so anyone can follow the case to the council's votes. Refused (422, nothing written) when
// the motion is not this process's or not closed, the case does not wait in that step, or the step has no such
// outcome. The guarantee runner then logs the decision and what follows from it in the case.
import { Id, newEvent, uuidv7 } from '@concord/core';
import { caseStates, FindingInput, type FindingInputBody } from '@concord/core/guarantees';
import type { LoggedFinding } from '@concord/db';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { processSubject } from './subjects.ts';

const refuse = (path: string, message: string) => ruleBroken(`${path} ${message}`, [{ path, message }]);

export async function recordGuaranteeFinding(
  ctx: CommandContext,
  input: { processId: string } & FindingInputBody,
): Promise<LoggedFinding> {
  const { processId: rawId, ...fields } = (input ?? {}) as { processId: string } & FindingInputBody;
  const processId = validate(Id, rawId, ['processId']);
  const body = validate(FindingInput, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'record-guarantee-finding', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    const council = await tx.councils.getByMotion(body.motionId);
    const motion = council?.motions.find((m) => m.id === body.motionId);
    if (!council || council.processId !== processId || !motion)
      throw refuse('motionId', 'is not a motion of this process');
    if (motion.closedAt === null) throw refuse('motionId', 'is still open: a finding needs its outcome');
    const logged = caseStates(await tx.guarantees.changes(processId)).find((c) => c.id === body.case);
    if (!logged) throw refuse('case', 'is not a case of this process');
    if (logged.pending?.step !== body.step) throw refuse('step', 'is not the step the case waits in');
    const rules = await tx.guarantees.rules(processId);
    const rule = rules?.rules.rules.find((r) => r.id === logged.rule);
    const step = rule?.steps.find((s) => s.id === body.step);
    if (!step || !Object.hasOwn(step.outcomes, body.outcome))
      throw refuse('outcome', `is not an outcome of step '${body.step}'`);
    const stamped = stamp(ctx, grant, process.scope);
    const id = uuidv7(ctx.clock().getTime());
    const record = { id, processId, ...body, result: motion.outcome.result, decidedAt: stamped.at };
    await tx.appendEvent(newEvent('guarantee.finding-recorded', record, stamped));
    const found = (await tx.guarantees.findings(processId)).find((f) => f.id === id);
    if (!found) throw new Error('the finding was not projected');
    return found;
  });
}
