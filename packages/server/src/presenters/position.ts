// Position → JSON. Routes hand this presenter only positions the caller's scoped reads hold; it names every field
// it lets out. The event's actor (account and membership ids) stays inside: the answer says who recorded the
// position in words, by the membership's name when the caller may read the process's members.
import { type Membership, type Position, type PositionView, parseActor } from '@concord/core';

export function presentPosition(p: Position, members: ReadonlyMap<string, Membership>): PositionView {
  const actor = parseActor(p.actor);
  const member =
    actor?.kind === 'account' && actor.membershipId ? members.get(actor.membershipId) : undefined;
  return {
    id: p.id,
    versionId: p.versionId,
    pointId: p.pointId,
    lineageId: p.lineageId,
    partyId: p.partyId,
    stance: p.stance,
    conditions: p.conditions,
    rationale: p.rationale,
    source: { kind: p.source.kind, reference: p.source.reference, url: p.source.url },
    takenOn: p.takenOn,
    published: p.published,
    recordedBy: p.recordedBy,
    recorderName: member?.name ?? null,
    recordedAt: p.recordedAt,
    logIndex: p.logIndex,
  };
}
