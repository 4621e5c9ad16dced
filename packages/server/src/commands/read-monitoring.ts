// A process's monitoring as the caller may read it: incidents (with their moves), restrictions, reports, the
// monthly series by party and by event type, and what the caller may do. Reading follows the process.
import type { Principal } from '@concord/core';
import { can } from '@concord/core';
import {
  exportAcled,
  type IncidentEntry,
  type ReportEntry,
  type RestrictionEntry,
  type TimeSeries,
  timeSeries,
} from '@concord/core/monitoring';
import type { Repositories } from '@concord/db';
import { mustExist } from './lookups.ts';

export type MonitoringView = {
  incidents: IncidentEntry[];
  restrictions: RestrictionEntry[];
  reports: ReportEntry[];
  series: { byParty: TimeSeries; byEventType: TimeSeries };
  mayReport: boolean;
  mayVerify: boolean;
};

export async function readMonitoring(
  reader: Repositories,
  principal: Principal | null,
  processId: string,
): Promise<MonitoringView> {
  const process = await mustExist('process', processId, (i) => reader.processes.get(i));
  const incidents = await reader.monitoring.incidents(process.id);
  const resource = { processId: process.id, audience: process.audience };
  const plain = incidents.map((i) => i.incident);
  return {
    incidents,
    restrictions: await reader.monitoring.restrictions(process.id),
    reports: await reader.monitoring.reports(process.id),
    series: { byParty: timeSeries(plain, 'party'), byEventType: timeSeries(plain, 'eventType') },
    mayReport: can(principal, 'report-incident', 'process', resource),
    mayVerify: can(principal, 'verify-incident', 'process', resource),
  };
}

/** The process's incidents as ACLED's 31-column CSV. */
export async function exportIncidents(reader: Repositories, processId: string): Promise<string> {
  const process = await mustExist('process', processId, (i) => reader.processes.get(i));
  return exportAcled((await reader.monitoring.incidents(process.id)).map((i) => i.incident));
}
