// Hands a version to a party ("handed to the Ukrainian president on 20 Nov by the Army Secretary"): one
// `version.delivered` event that records the delivery and widens the version's audience to the party (and the
// intermediary that carried it) from that moment, so the party reads the version and its history. A working
// draft becomes circulated: what someone received is frozen, and a change makes a new version. An empty version
// cannot be delivered, nor a withdrawn one.
import {
  type Delivery,
  DeliveryCreate,
  type DeliveryCreateInput,
  Id,
  including,
  newEvent,
  partiesAudience,
  uuidv7,
} from '@concord/core';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { partiesOfProcess, pastOrNow } from './briefing-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type DeliverVersionInput = { versionId: string } & DeliveryCreateInput;

export async function deliverVersion(ctx: CommandContext, input: DeliverVersionInput): Promise<Delivery> {
  const { versionId: rawId, ...fields } = (input ?? {}) as DeliverVersionInput;
  const versionId = validate(Id, rawId, ['versionId']);
  const delivery = validate(DeliveryCreate, fields);
  return writeAs(ctx, async (tx) => {
    const subject = await versionSubject(tx, versionId);
    const grant = permit(ctx, 'deliver', 'version', subject.resource, { what: 'version', id: versionId });
    const version = subject.entity;
    const processId = subject.resource.processId;
    if (version.withdrawal) throw conflict(`version ${versionId} was withdrawn and cannot be delivered`);
    if ((await tx.points.listByVersion(versionId)).length === 0)
      throw ruleBroken('an empty version cannot be delivered: add its points first', [
        { path: 'versionId', message: 'has no points' },
      ]);
    const refs = [{ path: 'partyId', id: delivery.partyId }];
    if (delivery.viaPartyId !== null) refs.push({ path: 'viaPartyId', id: delivery.viaPartyId });
    await partiesOfProcess(tx, processId, refs);
    if (delivery.viaPartyId === delivery.partyId)
      throw ruleBroken('a party does not carry a version to itself', [
        { path: 'viaPartyId', message: 'must differ from partyId' },
      ]);
    const deliveredAt = pastOrNow(ctx, delivery.deliveredAt, 'deliveredAt');
    const recipients = [delivery.partyId, ...(delivery.viaPartyId === null ? [] : [delivery.viaPartyId])];
    const versionAudience = including(version.audience, recipients);
    // A version reaches no further than its plan: share the plan with the party first.
    await assertAudience(tx, processId, versionAudience, subject.plan.audience, 'partyId');
    const id = uuidv7(ctx.clock().getTime());
    const record = {
      id,
      processId,
      planId: version.planId,
      versionId,
      partyId: delivery.partyId,
      viaPartyId: delivery.viaPartyId,
      deliveredAt,
      deliveredBy: delivery.deliveredBy,
      form: delivery.form,
      note: delivery.note,
      versionAudience,
      versionStatus: version.status === 'draft' ? ('circulated' as const) : version.status,
    };
    const scope = { processId, subjectId: id, audience: partiesAudience(recipients) };
    await tx.appendEvent(newEvent('version.delivered', record, stamp(ctx, grant, scope)));
    return mustExist('delivery', id, (i) => tx.deliveries.get(i));
  });
}
