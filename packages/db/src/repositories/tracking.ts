// Tracked commitments with their statuses, and a process's milestones, scoped in SQL through the rows they belong
// to: a tracking through its commitment (its version's audience), a milestone through its process.
import {
  EvidenceRef,
  isUuid,
  type Milestone,
  type ReadScope,
  type StatusEntry,
  type TrackedCommitment,
  TrackingRecord,
} from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { TrackingRepository } from '../store.ts';
import { ALL_ROWS, rowAudience, visibleTo } from './scope.ts';

type StatusRow = Selectable<Database['commitment_statuses']>;

function toStatus(r: StatusRow): StatusEntry {
  return {
    id: r.id,
    commitmentId: r.commitment_id,
    score: r.score,
    on: r.on_day,
    reason: r.reason,
    evidence: EvidenceRef.array().parse(r.evidence),
    actor: r.actor,
    setAt: r.set_at,
    logIndex: Number(r.log_index),
  };
}

export function trackingRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): TrackingRepository {
  const select = () =>
    db
      .selectFrom('commitment_tracking as t')
      .innerJoin('commitments', 'commitments.id', 't.id')
      .selectAll('t')
      .select([
        'commitments.point_id',
        'commitments.obligor',
        'commitments.beneficiary',
        'commitments.action',
        'commitments.audience_kind',
        'commitments.audience_parties',
      ])
      .where(visibleTo(scope, 'commitments'));
  type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];
  const load = async (rows: Row[]): Promise<TrackedCommitment[]> => {
    if (rows.length === 0) return [];
    const statuses = await db
      .selectFrom('commitment_statuses')
      .selectAll()
      .where(
        'commitment_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('log_index')
      .execute();
    return rows.map((r) => {
      const record = TrackingRecord.parse({
        commitmentId: r.id,
        versionId: r.version_id,
        processId: r.process_id,
        due: r.due ?? null,
        weight: r.weight,
        parentId: r.parent_id,
        indicators: r.indicators,
      });
      const own = statuses.filter((s) => s.commitment_id === r.id).map(toStatus);
      const words = { pointId: r.point_id, obligor: r.obligor, beneficiary: r.beneficiary, action: r.action };
      return { ...record, ...words, statuses: own, audience: rowAudience(r), logIndex: Number(r.log_index) };
    });
  };
  return {
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      return load(await select().where('t.process_id', '=', processId).orderBy('t.log_index').execute());
    },
    async get(commitmentId) {
      if (!isUuid(commitmentId)) return null;
      return (await load(await select().where('t.id', '=', commitmentId).execute()))[0] ?? null;
    },
    async milestones(processId) {
      if (!isUuid(processId)) return [];
      const rows = await db
        .selectFrom('milestones')
        .innerJoin('processes', 'processes.id', 'milestones.process_id')
        .selectAll('milestones')
        .where(visibleTo(scope, 'processes', 'id'))
        .where('milestones.process_id', '=', processId)
        .orderBy('milestones.occurred_at')
        .orderBy('milestones.log_index')
        .execute();
      return rows.map(
        (m): Milestone => ({
          id: m.id,
          processId: m.process_id,
          key: m.key,
          label: m.label,
          occurredAt: m.occurred_at,
          note: m.note,
          logIndex: Number(m.log_index),
        }),
      );
    },
  };
}
