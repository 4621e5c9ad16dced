// "Verify this version" covers the text on the screen: every entry about the version is verified on its own
// (event → leaf → signed checkpoint), the verified events are replayed, and the replay is compared with what the
// version page displays. What this does not cover is said, never implied. Pure; the page fetches the inputs.
import type { ConcordEvent } from '@concord/core';
import { type EntryVerification, isConfidential, verifyEntryBundle } from '@concord/ledger/verify';
import type { CheckpointAnswer, InclusionAnswer, LogEntryAnswer } from '../api/types.ts';
import { compareWithPage, type Difference, type DisplayedVersion, replayVersion } from './replay-version.ts';

export type VersionOnPage = Omit<DisplayedVersion, 'points'> & {
  id: string;
  points: (DisplayedVersion['points'][number] & { logIndex: number })[];
};

export type VersionVerificationInput = {
  version: VersionOnPage;
  /** GET /api/versions/{id}/entries: the entries, and whether the list is complete. */
  entries: LogEntryAnswer[];
  complete: boolean;
  checkpoint: CheckpointAnswer;
  /** Inclusion proofs by entry index, at the checkpoint's size. */
  proofs: Map<number, InclusionAnswer>;
  verifierKey: string;
};

export type VerifiedEntry = { entry: LogEntryAnswer; verification: EntryVerification };

export type VersionVerification = {
  ok: boolean;
  entries: VerifiedEntry[];
  differences: Difference[];
  /** Why the page's text is not (fully) covered, each in words; empty when it is. */
  problems: string[];
  /** What holds but limits the verdict, in words. */
  notes: string[];
};

/** What the replay does not compare, shown beside every verdict so nobody reads more into a ✓. */
export const NOT_COMPARED =
  'Compared with the page: the version’s label and note, and each point’s number, wording in every language and note. Not compared: categories, quantities, conditions, commitments, derivation edges and the version’s status — they are in the verified entries but not checked against the page here.';

const noProof = (index: number): InclusionAnswer => ({ index, size: -1, leafHash: '', proof: [] });

export function verifyVersion(input: VersionVerificationInput): VersionVerification {
  const entries = input.entries.map((entry) => ({
    entry,
    verification: verifyEntryBundle({
      index: entry.index,
      eventText: JSON.stringify(entry.event),
      entry,
      checkpoint: input.checkpoint,
      proof: input.proofs.get(entry.index) ?? noProof(entry.index),
      verifierKey: input.verifierKey,
    }),
  }));
  // Only what verified is replayed: the text compared is then the text the log holds.
  const verified = entries.filter((e) => e.verification.ok && !e.verification.confidential);
  const replay = replayVersion(
    input.version.id,
    verified.map((e) => e.entry.event as ConcordEvent),
  );
  const differences = replay.created ? compareWithPage(replay, input.version) : [];
  const problems = coverageProblems(input, entries, replay.created);
  const ok = problems.length === 0 && differences.length === 0;
  return { ok, entries, differences, problems, notes: coverageNotes(entries) };
}

function coverageProblems(
  input: VersionVerificationInput,
  entries: VerifiedEntry[],
  created: boolean,
): string[] {
  const problems: string[] = [];
  const failed = entries.filter((e) => !e.verification.ok).map((e) => e.entry.index);
  if (failed.length > 0)
    problems.push(
      `${plural(failed.length, 'entry', 'entries')} about this version did not verify (${failed.join(', ')}), so what they say was not replayed.`,
    );
  if (!created) problems.push('The entry that created this version is not among the verified entries.');
  if (!input.complete)
    problems.push(
      'The log holds more entries about this version than it gave at once; the rest were not checked.',
    );
  const listed = new Set(input.entries.map((e) => e.index));
  const unlisted = input.version.points.filter((p) => !listed.has(p.logIndex));
  if (unlisted.length > 0)
    problems.push(
      `The page says ${plural(unlisted.length, 'point was', 'points were')} last changed by entries the log did not list for this version (${[...new Set(unlisted.map((p) => p.logIndex))].join(', ')}).`,
    );
  return problems;
}

/** What holds but limits the verdict: entries about the version whose contents the reader may not see. */
function coverageNotes(entries: VerifiedEntry[]): string[] {
  const hidden = entries.filter((e) => isConfidential(e.entry)).length;
  if (hidden === 0) return [];
  return [
    `${plural(hidden, 'entry', 'entries')} about this version ${hidden === 1 ? 'is' : 'are'} not shared with you (a delivery to another party, for instance): ${hidden === 1 ? 'its' : 'their'} place in the log is verified, ${hidden === 1 ? 'its' : 'their'} content is not replayed. Changes to the text are shared with everyone who can read the version, so they are replayed.`,
  ];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
