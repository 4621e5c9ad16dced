// The answer to "what changed between these two versions" (core's lineage/change-set.ts computes it).
import { z } from 'zod';
import { Id } from '../ids.ts';
import { CHANGE_KINDS } from '../lineage/change-set.ts';
import { Point } from './point.ts';

const Counts = z.strictObject(Object.fromEntries(CHANGE_KINDS.map((k) => [k, z.number().int()])));

const RedlineRun = z.strictObject({ op: z.enum(['same', 'removed', 'added']), text: z.string() });

export const DiffEntry = z.strictObject({
  kind: z.enum(CHANGE_KINDS),
  before: z.array(Point),
  after: z.array(Point),
  /** Per language: changed, added, removed, and stale (kept while another language changed). */
  languages: z
    .strictObject({
      changed: z.array(z.string()),
      added: z.array(z.string()),
      removed: z.array(z.string()),
      stale: z.array(z.string()),
    })
    .nullable(),
  renumbered: z.boolean(),
  recategorised: z.boolean(),
  conditionsChanged: z.boolean(),
  redlines: z.record(z.string(), z.array(RedlineRun)),
  quantities: z.array(z.string()),
  topLevel: z.boolean(),
  /** A restored point: the nearest points of the older side's history it brings back. */
  restoredFrom: z.array(
    z.strictObject({ pointId: Id, versionId: Id, versionLabel: z.string(), number: z.string() }),
  ),
});
export type DiffEntry = z.infer<typeof DiffEntry>;

export const VersionDiff = z.strictObject({
  planId: Id,
  from: z.strictObject({ id: Id, label: z.string() }),
  to: z.strictObject({ id: Id, label: z.string() }),
  summary: z.string(),
  counts: z.strictObject({ points: Counts, subPoints: Counts }),
  changes: z.array(DiffEntry),
});
export type VersionDiff = z.infer<typeof VersionDiff>;
