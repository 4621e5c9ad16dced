// Withdrawing a version: it stays in the log and in the plan's version tree, marked with the reason, but it is
// no longer on the table (no edits, no wordings in the analysis). A version is never deleted.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { IsoUtc } from '../time.ts';
import { LIMITS, MULTILINE, text } from './common.ts';
import type { Version } from './version.ts';

/** What a mediator sends to withdraw a version: why, in words the parties will read. */
export const VersionWithdraw = z.strictObject({ reason: text(LIMITS.shortText, MULTILINE) });
export type VersionWithdraw = z.infer<typeof VersionWithdraw>;

/** The body of a `version.withdrawn` event. */
export const VersionWithdrawalRecord = VersionWithdraw.extend({ id: Id });
export type VersionWithdrawalRecord = z.infer<typeof VersionWithdrawalRecord>;

/** A version's withdrawal as read back: why and when (the event's time). */
export const VersionWithdrawal = z.strictObject({ reason: text(LIMITS.shortText, MULTILINE), at: IsoUtc });
export type VersionWithdrawal = z.infer<typeof VersionWithdrawal>;

/** A version as stored: with its withdrawal, null while it stands. */
export type StoredVersion = Version & { withdrawal: VersionWithdrawal | null };

/** The body of a `point.removed` event: a point (with its sub-points and commitments) taken out of a working draft. */
export const PointRemovalRecord = z.strictObject({ id: Id });
export type PointRemovalRecord = z.infer<typeof PointRemovalRecord>;

/** The body of a `commitment.removed` event: a commitment taken off a point of a working draft. */
export const CommitmentRemovalRecord = z.strictObject({ id: Id });
export type CommitmentRemovalRecord = z.infer<typeof CommitmentRemovalRecord>;
