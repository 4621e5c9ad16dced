// Monitoring over HTTP: a process's incidents, restrictions, reports and monthly series; reporting an incident,
// importing an ACLED CSV (all or nothing, bad rows named by line), exporting ACLED's CSV, moving an incident
// through verification, recording a restriction and filing a report. Reads follow the process; writes need a
// signed-in monitor or mediator, checked before the body is looked at.
import {
  AcledImportInput,
  ImportAnswer,
  IncidentAnswer,
  IncidentInput,
  IncidentStatusInput,
  MonitoringAnswer,
  ReportAnswer,
  ReportInput,
  RestrictionAnswer,
  RestrictionInput,
} from '@concord/core/monitoring';
import { createRoute, z } from '@hono/zod-openapi';
import { changeIncidentStatus } from '../commands/change-incident-status.ts';
import { fileReport } from '../commands/file-report.ts';
import { importIncidents } from '../commands/import-incidents.ts';
import { exportIncidents, readMonitoring } from '../commands/read-monitoring.ts';
import { recordRestriction } from '../commands/record-restriction.ts';
import { reportIncident } from '../commands/report-incident.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['monitoring'];
const writes = { ...writeProblemResponses, ...accessProblemResponses };
const Incident = IncidentAnswer.meta({ id: 'Incident' });
const onProcess = { params: idParam('processId') };

const read = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/monitoring',
  tags,
  summary: "The process's incidents, restrictions of movement, reports and monthly series by party and type",
  request: onProcess,
  responses: {
    200: jsonAnswer(MonitoringAnswer.meta({ id: 'Monitoring' }), 'The monitoring'),
    ...problemResponses,
  },
});

const exportCsv = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/incidents/export',
  tags,
  summary: "The process's incidents as ACLED's 31-column CSV",
  request: onProcess,
  responses: {
    200: { description: 'ACLED CSV', content: { 'text/csv': { schema: z.string() } } },
    ...problemResponses,
  },
});

const report = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/incidents',
  tags,
  summary: "Report an incident (a monitor or mediator) with ACLED's fields and the ceasefire fields",
  middleware: [needsSignIn('reporting an incident')],
  request: { ...onProcess, body: jsonBody(IncidentInput.meta({ id: 'IncidentInput' })) },
  responses: { 201: jsonAnswer(Incident, 'The incident, reported'), ...writes },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/incidents/import',
  tags,
  summary:
    'Import an ACLED CSV: nothing unless every row is valid (422 naming each bad line) or bad rows are skipped',
  middleware: [needsSignIn('importing incidents')],
  request: { ...onProcess, body: jsonBody(AcledImportInput.meta({ id: 'AcledImportInput' })) },
  responses: {
    201: jsonAnswer(ImportAnswer.meta({ id: 'ImportAnswer' }), 'What was imported and skipped'),
    ...writes,
  },
});

const status = createRoute({
  method: 'post',
  path: '/api/incidents/{incidentId}/status',
  tags,
  summary:
    'Move an incident through verification (reported, corroborated, verified, disputed, rejected) with a reason',
  middleware: [needsSignIn('verifying an incident')],
  request: {
    params: idParam('incidentId'),
    body: jsonBody(IncidentStatusInput.meta({ id: 'IncidentStatusInput' })),
  },
  responses: { 201: jsonAnswer(Incident, 'The incident with its moves'), ...writes },
});

const restriction = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/restrictions',
  tags,
  summary:
    "Record a restriction of the monitors' movement (denied, delayed, conditional, escorted, threatened)",
  middleware: [needsSignIn('recording a restriction')],
  request: { ...onProcess, body: jsonBody(RestrictionInput.meta({ id: 'RestrictionInput' })) },
  responses: { 201: jsonAnswer(RestrictionAnswer.meta({ id: 'Restriction' }), 'The restriction'), ...writes },
});

const file = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/reports',
  tags,
  summary:
    'File a monitoring report: a period, findings per tracked commitment, proposed statuses (proposals only)',
  middleware: [needsSignIn('filing a report')],
  request: { ...onProcess, body: jsonBody(ReportInput.meta({ id: 'ReportInput' })) },
  responses: { 201: jsonAnswer(ReportAnswer.meta({ id: 'MonitoringReport' }), 'The report'), ...writes },
});

export function monitoringRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(read, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(await readMonitoring(readerOf(c, deps), principalOf(c), processId), 200);
    })
    .openapi(exportCsv, async (c) => {
      const { processId } = c.req.valid('param');
      const csv = await exportIncidents(readerOf(c, deps), processId);
      const headers = {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="incidents.acled.csv"',
      };
      return c.body(csv, 200, headers);
    })
    .openapi(report, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(
        await reportIncident(commandContext(c, deps), { ...c.req.valid('json'), processId }),
        201,
      );
    })
    .openapi(importRoute, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(
        await importIncidents(commandContext(c, deps), { ...c.req.valid('json'), processId }),
        201,
      );
    })
    .openapi(status, async (c) => {
      const { incidentId } = c.req.valid('param');
      const body = { ...c.req.valid('json'), incidentId };
      return c.json(await changeIncidentStatus(commandContext(c, deps), body), 201);
    })
    .openapi(restriction, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(
        await recordRestriction(commandContext(c, deps), { ...c.req.valid('json'), processId }),
        201,
      );
    })
    .openapi(file, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(await fileReport(commandContext(c, deps), { ...c.req.valid('json'), processId }), 201);
    });
}
