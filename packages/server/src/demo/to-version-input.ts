// Maps a fixture version onto the create-version command's input: fixture keys become the ids minted when
// the parties and the parent version were loaded. Sources stay in the fixtures (core's points carry none).
import type { CommitmentCreate, PointDraft } from '@concord/core';
import type { CreateVersionInput } from '../commands/index.ts';
import type { FixtureCommitment, FixturePoint, FixtureVersion } from './fixture-schema.ts';

export type LoadedIds = {
  planId: string;
  parentVersionId: string | null;
  /** Party id of a party key of the plan's process. */
  partyId(key: string): string;
  /** Lineage id of a point key of an already loaded version. */
  lineageOf(pointKey: string): string;
  /** Point id of a point key of an already loaded version. */
  pointOf(pointKey: string): string;
};

export function toVersionInput(version: FixtureVersion, ids: LoadedIds): CreateVersionInput {
  return {
    planId: ids.planId,
    parentVersionId: ids.parentVersionId,
    label: version.label,
    issuedOn: version.issuedOn,
    status: version.status,
    note: version.note,
    points: version.points.map((p) => toPointDraft(p, ids)),
  };
}

function toPointDraft(point: FixturePoint, ids: LoadedIds): PointDraft {
  const subPoints = point.subPoints ?? [];
  return {
    number: point.number,
    ...(point.continues === undefined ? {} : { lineageId: ids.lineageOf(point.continues) }),
    ...(point.from === undefined
      ? {}
      : { derivedFrom: point.from.map((key) => ({ pointId: ids.pointOf(key) })) }),
    ...(point.note === undefined ? {} : { note: point.note }),
    text: point.text,
    categories: point.categories,
    quantities: point.quantities,
    conditions: point.conditions,
    commitments: point.commitments.map((c) => toCommitment(c, ids)),
    ...(subPoints.length === 0 ? {} : { points: subPoints.map((s) => toPointDraft(s, ids)) }),
  };
}

function toCommitment(c: FixtureCommitment, ids: LoadedIds): CommitmentCreate {
  return {
    obligor: actor(c.obligor, ids),
    beneficiary: c.beneficiary === null ? null : actor(c.beneficiary, ids),
    action: c.action,
    due: c.due,
    verification: c.verification,
  };
}

/** `party:<key>` becomes the party's id; any other obligor is a name as written. */
function actor(value: string, ids: LoadedIds): string {
  return value.startsWith('party:') ? ids.partyId(value.slice('party:'.length)) : value;
}
