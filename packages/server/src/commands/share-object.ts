// Widens who may read a process, a plan or a version: a draft handed to Ukraine becomes readable by Ukraine's
// delegates from this entry on, with its history (the log entries about it). Audiences only widen, and never
// beyond what contains the object; one `audience.changed` event says when and by whom.
import {
  type Audience,
  AudienceChange,
  covers,
  Id,
  newEvent,
  type SharedSubject,
  SharedSubject as SubjectSchema,
  sameAudience,
} from '@concord/core';
import type { Tx } from '@concord/db';
import type { z } from 'zod';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { planSubject, processSubject, type Subject, versionSubject } from './subjects.ts';

export type ShareInput = { subject: SharedSubject; id: string } & z.input<typeof AudienceChange>;

type Shared = Subject<{ audience: Audience }> & { within: Audience };

async function load(tx: Tx, subject: SharedSubject, id: string): Promise<Shared> {
  if (subject === 'process') return { ...(await processSubject(tx, id)), within: { kind: 'public' } };
  if (subject === 'plan') {
    const plan = await planSubject(tx, id);
    const process = await processSubject(tx, plan.entity.processId);
    return { ...plan, within: process.entity.audience };
  }
  const version = await versionSubject(tx, id);
  return { ...version, within: version.plan.audience };
}

export async function shareObject(ctx: CommandContext, input: ShareInput): Promise<{ audience: Audience }> {
  const { subject: kind, id: rawId, ...fields } = (input ?? {}) as ShareInput;
  const subject = validate(SubjectSchema, kind, ['subject']);
  const id = validate(Id, rawId, ['id']);
  const { audience, reason } = validate(AudienceChange, fields);
  return writeAs(ctx, async (tx) => {
    const shared = await load(tx, subject, id);
    const grant = permit(ctx, 'share', subject, shared.resource, { what: subject, id });
    const current = shared.entity.audience;
    if (sameAudience(current, audience))
      throw conflict(`this ${subject} is already shared with exactly that audience`);
    if (!covers(audience, current))
      throw ruleBroken(
        'an audience can only widen: who has been shown something cannot be made to unsee it',
        [{ path: 'audience', message: 'must include everyone who may read it now' }],
      );
    await assertAudience(tx, shared.resource.processId, audience, shared.within, 'audience');
    const scope = { ...shared.scope, audience };
    await tx.appendEvent(
      newEvent('audience.changed', { subject, id, audience, reason }, stamp(ctx, grant, scope)),
    );
    return { audience };
  });
}
