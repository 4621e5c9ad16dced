// @concord/core/copies: released copies with a per-recipient fingerprint, the authenticity check and leak
// tracing. Pure (no I/O): the server stores and signs, the browser may run the same checks. See README.md.
export {
  type Candidate,
  type CandidateMatch,
  type CheckOutcome,
  checkText,
  type PointDifference,
} from './check.ts';
export {
  type CopyPoint,
  type CopyText,
  copySource,
  renderMarkdown,
  renderPlain,
  textHash,
} from './copy-text.ts';
export {
  copyChoices,
  FINGERPRINT_SCHEME,
  fingerprintCopy,
  hmacSha256,
  recipientOption,
} from './fingerprint.ts';
export { detectionForm, normaliseText, stripMarkdown } from './normalise.ts';
export { type ChoiceKind, rulesFor } from './rules.ts';
export {
  CHECK_TEXT_LIMIT,
  CopyCheck,
  CopyCheckAnswer,
  CopyFormats,
  CopyRecipient,
  CopyRelease,
  CopyReleasedRecord,
  CopyTextSchema,
  LeakTrace,
  LeakTraceAnswer,
  ReleasedCopySummary,
} from './schemas.ts';
export { canonicalForm, findSites, type Site } from './sites.ts';
export {
  approximateDistance,
  type Exposed,
  type PairScore,
  type RecipientScore,
  type ReleasedCopy,
  TRACE_RULES,
  type TraceResult,
  traceLeak,
} from './trace.ts';
