// Monitoring: the verification workflow, ACLED CSV import and export with physical line numbers, incidents as the
// guarantee rules read them, and time series by party and event type. Pure: no I/O.

export * from '../schemas/incident.ts';
export {
  ACLED_COLUMNS,
  type AcledImport,
  acledDate,
  exportAcled,
  type ImportedIncident,
  importAcled,
  incidentRow,
} from './acled.ts';
export { type CsvProblem, type CsvRead, type CsvRow, csvField, readCsv, writeCsv } from './csv.ts';
export { incidentTimeline, type RecordedIncident } from './guarantee-timeline.ts';
export { type Series, type SeriesKey, type TimeSeries, timeSeries } from './time-series.ts';
export {
  changeVerification,
  NEXT_STATUSES,
  statusAfter,
  type VerificationRequest,
  type VerificationResult,
} from './verification.ts';
