// The two reads of sealed acceptability. A party's own marks: read for its own delegates only, through the
// caller's scoped reader (so the query itself cannot return another party's row). What every party accepts:
// computed from every party's row, read unscoped here and never returned, into an answer that depends only on
// the round and the intersection.
import type { CommonAcceptability, OwnAcceptability } from '@concord/core';
import { Id } from '@concord/core';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { commonAnswer, markingRound, ownAnswer } from './acceptability-round.ts';
import { type CommandContext, permit } from './context.ts';
import { markableVersion, markingParty } from './mark-acceptability.ts';

export async function readOwnAcceptability(
  ctx: CommandContext,
  input: { versionId: string; partyId?: string | undefined },
): Promise<OwnAcceptability> {
  const id = validate(Id, input.versionId, ['versionId']);
  const asked = input.partyId === undefined ? undefined : validate(Id, input.partyId, ['partyId']);
  const { store } = ctx;
  const { entity: version, plan } = await markableVersion(ctx, store, id);
  const party = await markingParty(ctx, store, version.id, plan.processId, version.audience, asked);
  const round = await markingRound(store, version, plan);
  if (!round.parties.some((p) => p.id === party.id))
    throw ruleBroken(
      `${party.name} does not mark this version: only the negotiating parties it is shared with do`,
    );
  const marks = await store.readAs(ctx.principal).acceptability.get(version.id, party.id);
  return ownAnswer(round, party, marks);
}

export async function readCommonAcceptability(
  ctx: CommandContext,
  input: { versionId: string },
): Promise<CommonAcceptability> {
  const id = validate(Id, input.versionId, ['versionId']);
  const { store } = ctx;
  const { entity: version, plan, resource } = await markableVersion(ctx, store, id);
  permit(ctx, 'read', 'acceptability', { ...resource, partyId: null }, { what: 'version', id });
  const round = await markingRound(store, version, plan);
  return commonAnswer(round, await store.acceptability.listByVersion(version.id));
}
