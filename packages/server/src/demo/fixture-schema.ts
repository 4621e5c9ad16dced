// The shape of the demo's fixture files (src/demo/fixtures). Objects are named by stable string keys
// ("us28#6", "party:ukraine") that become UUIDv7 ids only when loaded, so the files stay readable and diffable.
// Leaf shapes (texts, quantities, conditions, due dates, kinds) are core's schemas, so a fixture that parses
// here is also valid input for the commands.
import {
  Condition,
  Due,
  IsoDate,
  LIMITS,
  Multilingual,
  PartyKind,
  PointNumber,
  Quantity,
  VersionStatus,
} from '@concord/core';
import { z } from 'zod';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case key like ru-ua-2025');
/** A point key: version key, `#`, point number ("us28#6", "us28#10.a"). */
export const PointKey = z.string().regex(/^[a-z0-9-]+#[0-9a-z.]+$/, 'must be a point key like us28#6');

/** `party:<key>` names a party of the plan's process; any other string is an obligor's name as written. */
const Actor = z.string().trim().min(1).max(LIMITS.name);

export const FixtureCommitment = z.strictObject({
  obligor: Actor,
  beneficiary: Actor.nullable(),
  action: z.string().trim().min(1).max(LIMITS.longText),
  due: Due,
  verification: z.string().trim().min(1).max(LIMITS.shortText).nullable(),
});
export type FixtureCommitment = z.infer<typeof FixtureCommitment>;

const pointFields = {
  key: PointKey,
  number: PointNumber,
  text: Multilingual,
  categories: z.array(Key).min(1).max(LIMITS.categories),
  quantities: z.array(Quantity).max(LIMITS.quantities).default([]),
  conditions: z.array(Condition).max(LIMITS.conditions).default([]),
  commitments: z.array(FixtureCommitment).max(LIMITS.commitmentsPerPoint).default([]),
  /** The key of the parent version's point whose lineage this point continues; absent = a new lineage. */
  continues: PointKey.optional(),
  /**
   * Or: the points of any earlier version it is derived from (several: a merge; one the parent dropped: a
   * restore; one of another branch: taken from it). The server names the operations.
   */
  from: z.array(PointKey).min(1).max(LIMITS.derivations).optional(),
  /** An editor's remark (what a source leaves unclear), shown apart from the wording. */
  note: z.string().trim().min(1).max(LIMITS.shortText).optional(),
  /** Source ids of the version's `sources` table. */
  sources: z.array(z.string()).default([]),
};

export const FixtureSubPoint = z.strictObject(pointFields);
export type FixtureSubPoint = z.infer<typeof FixtureSubPoint>;
export const FixturePoint = z.strictObject({
  ...pointFields,
  subPoints: z.array(FixtureSubPoint).optional(),
});
export type FixturePoint = z.infer<typeof FixturePoint>;

const versionFields = {
  key: Key,
  plan: Key,
  parent: Key.nullable(),
  label: z.string().trim().min(1).max(LIMITS.label),
  issuedOn: IsoDate.nullable(),
  status: VersionStatus,
  note: z.string().max(LIMITS.longText),
  sources: z.record(z.string(), z.url()),
};

/** A version written out in full. */
export const FixtureVersion = z.strictObject({ ...versionFields, points: z.array(FixturePoint).min(1) });
export type FixtureVersion = z.infer<typeof FixtureVersion>;

/**
 * A change to one point of the parent version, addressed by its number ("6", "13.a"):
 * - keep: unchanged (also what happens to every point no change names);
 * - amend: same lineage; fields given replace the parent's, fields omitted are carried over;
 * - replace: same lineage, new content; nothing is carried over, sub-points are dropped;
 * - delete: the point (and its sub-points) is absent from the new version.
 */
export const FixtureChange = z.strictObject({
  point: PointNumber,
  action: z.enum(['keep', 'amend', 'replace', 'delete']),
  text: Multilingual.optional(),
  categories: pointFields.categories.optional(),
  quantities: z.array(Quantity).max(LIMITS.quantities).optional(),
  conditions: z.array(Condition).max(LIMITS.conditions).optional(),
  commitments: z.array(FixtureCommitment).max(LIMITS.commitmentsPerPoint).optional(),
  /** An editor's remark on the point in the new version (with any action but delete). */
  note: z.string().trim().min(1).max(LIMITS.shortText).optional(),
  sources: z.array(z.string()).default([]),
});
export type FixtureChange = z.infer<typeof FixtureChange>;

/** A version written as point-by-point changes to its parent (the E3 counter-draft). */
export const FixtureChangedVersion = z.strictObject({
  ...versionFields,
  parent: Key,
  changes: z.array(FixtureChange).min(1),
});
export type FixtureChangedVersion = z.infer<typeof FixtureChangedVersion>;

export const FixtureParty = z.strictObject({
  key: Key,
  name: z.string().trim().min(1).max(LIMITS.name),
  kind: PartyKind,
  aliases: z.array(z.string().trim().min(1).max(LIMITS.name)).max(LIMITS.aliases),
});
export type FixtureParty = z.infer<typeof FixtureParty>;

export const FixturePlan = z.strictObject({
  key: Key,
  title: z.string().trim().min(1).max(LIMITS.title),
  mediator: Key.nullable(),
  /** The plan's authentic languages (default: none named). */
  languages: z.array(z.string()).optional(),
  /** Version keys in load order: a parent before its children. */
  versions: z.array(Key).min(1),
});
export type FixturePlan = z.infer<typeof FixturePlan>;

export const FixtureProcess = z.strictObject({
  key: Key,
  title: z.string().trim().min(1).max(LIMITS.title),
  description: z.string().max(LIMITS.longText),
  parties: z.array(FixtureParty).min(1),
  plans: z.array(FixturePlan),
});
export type FixtureProcess = z.infer<typeof FixtureProcess>;

export const FixtureProcesses = z.strictObject({ processes: z.array(FixtureProcess).min(1) });

export const FixtureCategory = z.strictObject({
  key: Key,
  name: z.string().min(1),
  source: z.enum(['pam', 'pax', 'concord']),
  pax: z.array(z.string()).optional(),
});
export type FixtureCategory = z.infer<typeof FixtureCategory>;
export const FixtureCategories = z.strictObject({
  note: z.string(),
  categories: z.array(FixtureCategory).min(1),
});

/** The fixtures as read: versions written as changes are already applied to their parents. */
export type DemoPlan = Omit<FixturePlan, 'versions'> & { versions: FixtureVersion[] };
export type DemoProcess = Omit<FixtureProcess, 'plans'> & { plans: DemoPlan[] };
export type DemoFixtures = { categories: FixtureCategory[]; processes: DemoProcess[] };

/** Every point of a version, each sub-point right after its parent. */
export function allPoints(version: FixtureVersion): FixturePoint[] {
  return version.points.flatMap((p) => [p, ...(p.subPoints ?? [])]);
}
