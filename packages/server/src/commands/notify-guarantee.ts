// A party's notification under the process's guarantee rules (of a violation, of significant non-performance):
// a delegate notifies for its own party, a mediator records a party's notification from its letter. Whether it
// opens a case is the rules' business (a rule's trigger may list who may notify); the guarantee runner then logs
// the case. One `guarantee.notified` event with the process's audience, naming the party as it is called now.
import { Id, newEvent, uuidv7 } from '@concord/core';
import { NotificationInput, type NotificationInputBody } from '@concord/core/guarantees';
import type { LoggedNotification } from '@concord/db';
import { forbidden, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { processSubject } from './subjects.ts';

export async function notifyGuarantee(
  ctx: CommandContext,
  input: { processId: string } & NotificationInputBody,
): Promise<LoggedNotification> {
  const { processId: rawId, ...fields } = (input ?? {}) as { processId: string } & NotificationInputBody;
  const processId = validate(Id, rawId, ['processId']);
  const body = validate(NotificationInput, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'notify-guarantee', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    const own = grant.membership?.role === 'delegate' ? grant.membership.partyId : null;
    if (own !== null && body.partyId !== undefined && body.partyId !== own)
      throw forbidden('a delegate notifies for its own party only');
    const partyId = own ?? body.partyId;
    if (partyId === undefined)
      throw ruleBroken('name the notifying party', [{ path: 'partyId', message: 'is required' }]);
    const party = await tx.parties.get(partyId);
    if (party === null || party.processId !== processId)
      throw ruleBroken('no such party in this process', [
        { path: 'partyId', message: 'is not a party here' },
      ]);
    const stamped = stamp(ctx, grant, process.scope);
    const record = {
      id: uuidv7(ctx.clock().getTime()),
      processId,
      partyId,
      by: party.name,
      against: body.against ?? '',
      note: body.note,
    };
    await tx.appendEvent(newEvent('guarantee.notified', record, stamped));
    const logged = (await tx.guarantees.notifications(processId)).find((n) => n.id === record.id);
    if (!logged) throw new Error('the notification was not projected');
    return logged;
  });
}
