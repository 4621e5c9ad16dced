// Incidents, restrictions and monitoring reports, scoped in SQL through their process (they carry the process's
// audience). Records come back through their schemas, so a row that no longer parses fails loudly.
import { isUuid, type ReadScope } from '@concord/core';
import {
  type IncidentEntry,
  IncidentInput,
  ReportInput,
  RestrictionInput,
  type VerificationChange,
  VerificationStatus,
} from '@concord/core/monitoring';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { MonitoringRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

type Table = 'incidents' | 'restrictions' | 'monitoring_reports';

export function monitoringRepository(
  db: Kysely<Database>,
  scope: ReadScope = ALL_ROWS,
): MonitoringRepository {
  const from = <T extends Table>(table: T) =>
    db
      .selectFrom(table as Table)
      .innerJoin('processes', 'processes.id', `${table as Table}.process_id`)
      .where(visibleTo(scope, 'processes', 'id'));
  const incidents = () => from('incidents').selectAll('incidents');
  type Row = Awaited<ReturnType<ReturnType<typeof incidents>['execute']>>[number];
  const load = async (rows: Row[]): Promise<IncidentEntry[]> => {
    if (rows.length === 0) return [];
    const changes = await db
      .selectFrom('incident_changes')
      .selectAll()
      .where(
        'incident_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('log_index')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      processId: r.process_id,
      incident: IncidentInput.parse(r.incident),
      status: VerificationStatus.parse(r.status),
      changes: changes
        .filter((c) => c.incident_id === r.id)
        .map(
          (c): VerificationChange => ({
            from: VerificationStatus.parse(c.from_status),
            to: VerificationStatus.parse(c.to_status),
            reason: c.reason,
            by: c.actor,
            at: c.changed_at,
          }),
        ),
      reportedBy: r.actor,
      reportedAt: r.reported_at,
      logIndex: Number(r.log_index),
    }));
  };
  return {
    async incidents(processId) {
      if (!isUuid(processId)) return [];
      const rows = await incidents()
        .where('incidents.process_id', '=', processId)
        .orderBy('incidents.event_date')
        .orderBy('incidents.id')
        .execute();
      return load(rows);
    },
    async incident(id) {
      if (!isUuid(id)) return null;
      return (await load(await incidents().where('incidents.id', '=', id).execute()))[0] ?? null;
    },
    async restrictions(processId) {
      if (!isUuid(processId)) return [];
      const rows = await from('restrictions')
        .selectAll('restrictions')
        .where('restrictions.process_id', '=', processId)
        .orderBy('restrictions.log_index')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        processId: r.process_id,
        restriction: RestrictionInput.parse(r.restriction),
        recordedBy: r.actor,
        recordedAt: r.recorded_at,
        logIndex: Number(r.log_index),
      }));
    },
    async reports(processId) {
      if (!isUuid(processId)) return [];
      const rows = await from('monitoring_reports')
        .selectAll('monitoring_reports')
        .where('monitoring_reports.process_id', '=', processId)
        .orderBy('monitoring_reports.log_index')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        processId: r.process_id,
        report: ReportInput.parse(r.report),
        filedBy: r.actor,
        filedAt: r.filed_at,
        logIndex: Number(r.log_index),
      }));
    },
  };
}
