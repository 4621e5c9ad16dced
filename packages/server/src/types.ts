// The shapes commands and routes return beyond a single entity: an entity with what it contains.
import type { Commitment, Party, Plan, Point, Process, StoredVersion } from '@concord/core';

export type ProcessDetail = Process & { parties: Party[]; plans: Plan[] };
export type PlanDetail = Plan & { versions: StoredVersion[] };
/** Points in reading order (parents before sub-points, siblings by ordinal) and their commitments. */
export type VersionDetail = StoredVersion & { processId: string; points: Point[]; commitments: Commitment[] };
