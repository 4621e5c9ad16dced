// The guarantee records the log holds; defined beside the rules they run (guarantees/live-records.ts).
export {
  CaseChangeRecord,
  FindingRecord,
  GuaranteeRulesRecord,
  NotificationRecord,
} from '../guarantees/live-records.ts';
