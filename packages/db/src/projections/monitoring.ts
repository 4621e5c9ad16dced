// Monitoring: one row per incident (its status kept up to date), per verification move, per restriction and per
// report, as logged. Who filed or decided, and when, are the event's actor and time.
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';

type MonitoringEvent =
  | EventOf<'incident.reported'>
  | EventOf<'incident.status-changed'>
  | EventOf<'restriction.recorded'>
  | EventOf<'report.filed'>;

export function monitoringOps(event: MonitoringEvent, logIndex: number): ProjectionOp[] {
  const by = { actor: event.actor, log_index: logIndex };
  switch (event.type) {
    case 'incident.reported': {
      const { id, processId, incident } = event.data;
      const row = {
        id,
        process_id: processId,
        event_date: incident.eventDate,
        event_type: incident.eventType,
      };
      const rest = { actor1: incident.actor1, status: 'reported', incident: JSON.stringify(incident) };
      return [
        { kind: 'insert', table: 'incidents', rows: [{ ...row, ...rest, ...by, reported_at: event.at }] },
      ];
    }
    case 'incident.status-changed': {
      const c = event.data;
      const row = {
        id: c.id,
        incident_id: c.incidentId,
        from_status: c.from,
        to_status: c.to,
        reason: c.reason,
      };
      return [
        { kind: 'insert', table: 'incident_changes', rows: [{ ...row, ...by, changed_at: event.at }] },
        { kind: 'update', table: 'incidents', id: c.incidentId, set: { status: c.to }, logIndex },
      ];
    }
    case 'restriction.recorded': {
      const { id, processId, restriction } = event.data;
      const row = { id, process_id: processId, restriction: JSON.stringify(restriction) };
      return [{ kind: 'insert', table: 'restrictions', rows: [{ ...row, ...by, recorded_at: event.at }] }];
    }
    case 'report.filed': {
      const { id, processId, report } = event.data;
      const row = { id, process_id: processId, report: JSON.stringify(report) };
      return [{ kind: 'insert', table: 'monitoring_reports', rows: [{ ...row, ...by, filed_at: event.at }] }];
    }
  }
}
