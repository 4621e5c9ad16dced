// What an event carries for a new entity: the entity as stored, minus `logIndex` (which only the log assigns).
import { z } from 'zod';
import { Commitment } from './commitment.ts';
import { LIMITS } from './common.ts';
import { Party } from './party.ts';
import { Plan } from './plan.ts';
import { Point } from './point.ts';
import { Process } from './process.ts';
import { Version } from './version.ts';

// The audience is not part of a record: the event's scope carries it (see events.ts).
export const ProcessRecord = Process.omit({ logIndex: true, audience: true });
export type ProcessRecord = z.infer<typeof ProcessRecord>;
export const PartyRecord = Party.omit({ logIndex: true });
export type PartyRecord = z.infer<typeof PartyRecord>;
export const PlanRecord = Plan.omit({ logIndex: true, audience: true });
export type PlanRecord = z.infer<typeof PlanRecord>;
export const VersionRecord = Version.omit({ logIndex: true, audience: true });
export type VersionRecord = z.infer<typeof VersionRecord>;
export const PointRecord = Point.omit({ logIndex: true });
export type PointRecord = z.infer<typeof PointRecord>;
export const CommitmentRecord = Commitment.omit({ logIndex: true });
export type CommitmentRecord = z.infer<typeof CommitmentRecord>;

/** A whole version created at once: its points (flat, sub-points by parentPointId) and their commitments. */
export const VersionBundle = z
  .strictObject({
    version: VersionRecord,
    points: z.array(PointRecord).max(LIMITS.pointsPerVersion),
    commitments: z.array(CommitmentRecord).max(LIMITS.commitmentsPerVersion),
  })
  .superRefine((bundle, ctx) => {
    for (const problem of bundleProblems(bundle)) ctx.addIssue({ code: 'custom', message: problem });
  });
export type VersionBundle = z.infer<typeof VersionBundle>;

function bundleProblems(bundle: {
  version: VersionRecord;
  points: PointRecord[];
  commitments: CommitmentRecord[];
}): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const point of bundle.points) {
    if (point.versionId !== bundle.version.id) problems.push(`point ${point.id} belongs to another version`);
    if (ids.has(point.id)) problems.push(`point ${point.id} appears twice`);
    // Parents come before children, so a sub-point can only name a point already seen.
    if (point.parentPointId !== null && !ids.has(point.parentPointId))
      problems.push(`point ${point.id} names a parent that does not precede it`);
    ids.add(point.id);
  }
  const commitmentIds = new Set<string>();
  for (const c of bundle.commitments) {
    if (c.versionId !== bundle.version.id) problems.push(`commitment ${c.id} belongs to another version`);
    if (!ids.has(c.pointId)) problems.push(`commitment ${c.id} names a point outside this version`);
    if (commitmentIds.has(c.id)) problems.push(`commitment ${c.id} appears twice`);
    commitmentIds.add(c.id);
  }
  return problems;
}
