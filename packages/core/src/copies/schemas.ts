// Released copies as data: what the log records when a version is released to a recipient, and the shapes of the
// release, check and trace answers (the routes and the web pages share them).
import { z } from 'zod';
import { Id } from '../ids.ts';
import { Language, LIMITS, LogIndex, MULTILINE, text } from '../schemas/common.ts';
import { IsoUtc } from '../time.ts';
import { FINGERPRINT_SCHEME } from './fingerprint.ts';

const Hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');

export const CopyTextSchema = z.strictObject({
  title: text(LIMITS.title + LIMITS.label + 10),
  language: Language,
  points: z
    .array(
      z.strictObject({
        key: Id,
        number: text(20),
        depth: z.number().int().nonnegative().max(LIMITS.pointDepth),
        text: text(LIMITS.longText, MULTILINE),
      }),
    )
    .max(LIMITS.pointsPerVersion),
});

/** Who a copy is for: a party (its delegates read it), or one person of it. */
export const CopyRecipient = z.strictObject({ partyId: Id, accountId: Id.nullable() });
export type CopyRecipient = z.infer<typeof CopyRecipient>;

export const CopyFormats = z.strictObject({ txt: Hash, md: Hash, pdf: Hash.optional() });

/**
 * `copy.released`: scoped to the version's process and readable by the mediators and the recipient's party
 * only, so the text and the recipient are never in the public part of the entry (which shows its hash alone).
 * `copyHash` is the SHA-256 of the plain-text copy; the log's signed checkpoint covers the entry, hence the hash.
 */
export const CopyReleasedRecord = z.strictObject({
  id: Id,
  versionId: Id,
  processId: Id,
  recipient: CopyRecipient,
  language: Language,
  scheme: z.literal(FINGERPRINT_SCHEME),
  copyHash: Hash,
  formats: CopyFormats,
  /** Choice sites that differ between recipients' copies. */
  sites: z.number().int().nonnegative(),
  copy: CopyTextSchema,
});
export type CopyReleasedRecord = z.infer<typeof CopyReleasedRecord>;

/** POST /api/versions/{versionId}/copies */
export const CopyRelease = z.strictObject({
  partyId: Id,
  accountId: Id.optional(),
  /** Default: the version's first language. */
  language: Language.optional(),
});
export type CopyRelease = z.infer<typeof CopyRelease>;

/** A released copy as listed (no text): the text is downloaded. */
export const ReleasedCopySummary = z.strictObject({
  id: Id,
  versionId: Id,
  processId: Id,
  partyId: Id,
  partyName: z.string(),
  accountId: Id.nullable(),
  language: Language,
  copyHash: Hash,
  formats: CopyFormats,
  sites: z.number().int(),
  releasedAt: IsoUtc,
  releasedBy: z.string(),
  logIndex: LogIndex,
});
export type ReleasedCopySummary = z.infer<typeof ReleasedCopySummary>;

export const CHECK_TEXT_LIMIT = 500_000;

/**
 * POST /api/copies/check: pasted text, or a file's text (txt, md), or a PDF as base64; one of the two. The text is
 * checked like any Concord text (control and bidi-override characters refused, naming the character).
 */
export const CopyCheck = z
  .strictObject({
    text: text(CHECK_TEXT_LIMIT, MULTILINE).optional(),
    pdf: z
      .string()
      .min(1)
      .max(1_400_000)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64')
      .optional(),
  })
  .refine(
    (c) => (c.text === undefined) !== (c.pdf === undefined),
    'send either the text or a PDF, one of the two',
  );
export type CopyCheck = z.infer<typeof CopyCheck>;

const Difference = z.strictObject({
  number: z.string().nullable(),
  expected: z.string().nullable(),
  found: z.string(),
});

const VersionRef = z.strictObject({
  versionId: Id,
  versionLabel: z.string(),
  planId: Id,
  planTitle: z.string(),
  language: Language,
});

export const CopyCheckAnswer = z.discriminatedUnion('authentic', [
  z.strictObject({
    authentic: z.literal(true),
    version: VersionRef,
    /** Numbers of the points found, word for word. */
    matched: z.array(z.string()),
    /** The release the text comes from, when the text singles one out (null: the version's text, copy unknown). */
    release: z
      .strictObject({
        copyId: Id,
        partyName: z.string(),
        releasedAt: IsoUtc,
        logIndex: LogIndex,
        bundle: z.string(),
      })
      .nullable(),
    /** The deployment's log key, which signs the checkpoints covering the release entry. */
    signedBy: z.strictObject({ keyName: z.string(), verifierKey: z.string() }),
  }),
  z.strictObject({
    authentic: z.literal(false),
    /** Null when the caller may read no version close to the text (or none is close). */
    closest: z
      .strictObject({ version: VersionRef, matched: z.array(z.string()), differences: z.array(Difference) })
      .nullable(),
  }),
]);
export type CopyCheckAnswer = z.infer<typeof CopyCheckAnswer>;

/** POST /api/versions/{versionId}/copies/trace (mediators). */
export const LeakTrace = z.strictObject({
  text: text(CHECK_TEXT_LIMIT, MULTILINE),
  language: Language.optional(),
});
export type LeakTrace = z.infer<typeof LeakTrace>;

export const LeakTraceAnswer = z.strictObject({
  versionId: Id,
  language: Language,
  verdict: z.enum(['identified', 'not-enough-evidence']),
  /** Plain words for the mediator: who, how sure, or why not. */
  summary: z.string(),
  exposed: z.array(
    z.strictObject({ site: z.string(), point: z.string(), kind: z.string(), observed: z.string() }),
  ),
  ranking: z.array(
    z.strictObject({
      copyId: Id,
      partyName: z.string(),
      accountId: Id.nullable(),
      posterior: z.number(),
      agree: z.number().int(),
      disagree: z.number().int(),
    }),
  ),
  unknownSource: z.number(),
  pairs: z.array(
    z.strictObject({ partyNames: z.tuple([z.string(), z.string()]), logLikelihoodRatio: z.number() }),
  ),
  thresholds: z.strictObject({ minExposed: z.number().int(), minPosterior: z.number() }),
});
export type LeakTraceAnswer = z.infer<typeof LeakTraceAnswer>;
