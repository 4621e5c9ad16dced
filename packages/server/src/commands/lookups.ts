// Reads a command needs before it may write: each either returns the entity or throws the problem the caller
// should see (404 for the addressed entity, 422 for a reference in the body that does not hold).
import type { Plan, Point, Version, VersionWithdrawal } from '@concord/core';
import { Actor, frozenBecause, frozenSentence, Id, isUuid } from '@concord/core';
import type { Repositories } from '@concord/db';
import { conflict, notFound, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';

export async function mustExist<T>(
  what: string,
  id: string,
  get: (id: string) => Promise<T | null>,
): Promise<T> {
  const found = await get(id);
  if (found === null) throw notFound(what, id);
  return found;
}

/** Splits `{ [key]: id, ...fields }` into a validated id and the fields for the schema. */
export function splitId<K extends string, R extends Record<string, unknown>>(
  input: R & Record<K, string>,
  key: K,
): { id: string; fields: Omit<R, K> } {
  if (typeof input !== 'object' || input === null)
    return { id: validate(Id, undefined, [key]), fields: {} as Omit<R, K> };
  const { [key]: id, ...fields } = input;
  return { id: validate(Id, id, [key]), fields: fields as Omit<R, K> };
}

export function validActor(actor: string): string {
  return validate(Actor, actor, ['actor']);
}

/** The plan a version belongs to (a dangling reference here means the store itself is inconsistent). */
export async function planOf(tx: Repositories, version: Version): Promise<Plan> {
  return mustExist('plan', version.planId, (id) => tx.plans.get(id));
}

/**
 * Only a working draft that the mediators alone read is edited in place: a circulated, final, withdrawn or shared
 * version is frozen (what someone received never changes silently; a change makes a new version, a counter-draft).
 */
export function assertEditable(version: Version & { withdrawal?: VersionWithdrawal | null }): void {
  const frozen = frozenBecause(version);
  if (frozen !== null)
    throw conflict(
      `version ${version.id} ${frozenSentence(frozen)} and cannot be changed: start a new version from it`,
    );
}

/** A point's number is unique among its siblings (the points with the same parent in the same version). */
export function assertNumberFree(siblings: readonly Point[], number: string, path = 'number'): void {
  if (siblings.some((p) => p.number === number))
    throw ruleBroken(`number ${number} is already used by another point at this level`, [
      { path, message: `number ${number} is already taken` },
    ]);
}

/** A party named by id must be a party of the same process; a name that is not a UUID is kept as written. */
export async function assertPartyRef(
  tx: Repositories,
  processId: string,
  field: string,
  value: string | null | undefined,
): Promise<void> {
  if (value === null || value === undefined || !isUuid(value)) return;
  const party = await tx.parties.get(value);
  if (party === null || party.processId !== processId)
    throw ruleBroken(`${field} ${value} is not a party of this process`, [
      { path: field, message: 'must be a party of the same process' },
    ]);
}

/** Depth of a point below the top level (0 for a top-level point). */
export async function depthOf(tx: Repositories, point: Point): Promise<number> {
  let depth = 0;
  let current = point;
  while (current.parentPointId !== null) {
    depth++;
    current = await mustExist('point', current.parentPointId, (id) => tx.points.get(id));
  }
  return depth;
}
