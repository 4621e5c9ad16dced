export { including } from './audience.ts';
export {
  DEADLINE_STATUSES,
  DeadlineState,
  deadlineState,
  describeTimeLeft,
  missedAt,
} from './deadline-state.ts';
export { notBriefed, RECEIPT_STATUSES, Receipt, ReceiptStatus, receiptsOf } from './receipts.ts';
export { buildTimeline, DEADLINE_HAPPENINGS, TimelineItem, TimelineVersion } from './timeline.ts';
