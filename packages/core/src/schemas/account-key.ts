// Account signing keys (Ed25519) and signatures on an agreed text. Keys live in the log (`key.registered`,
// `key.rotated`, `key.revoked`), so anyone can replay which key an account held at any time; only public keys
// ever reach the server. See signatures/ for the hash and the signed messages.
import { z } from 'zod';
import { Id } from '../ids.ts';
import { isUsablePublicKey } from '../signatures/keys.ts';
import { HASH_PATTERN } from '../signatures/messages.ts';
import { IsoUtc } from '../time.ts';
import { LIMITS, LogIndex, text } from './common.ts';

/** A raw Ed25519 public key, standard base64 of 32 bytes; malformed, small-order and non-canonical keys refused. */
export const PublicKey = z
  .string()
  .max(64)
  .refine(isUsablePublicKey, 'must be an Ed25519 public key (base64 of 32 bytes) of large order')
  .meta({ description: 'raw Ed25519 public key, standard base64 (44 characters)' });

/** An Ed25519 signature, standard base64 of 64 bytes (checked against its message by the command). */
export const Signature = z
  .string()
  .regex(/^[A-Za-z0-9+/]{86}==$/, 'must be an Ed25519 signature (base64 of 64 bytes)');

export const VersionHash = z.string().regex(HASH_PATTERN, 'must be 64 lowercase hex digits');

const KeyLabel = text(LIMITS.label);

export const KeyRegistration = z.strictObject({ publicKey: PublicKey, label: KeyLabel });
export type KeyRegistration = z.infer<typeof KeyRegistration>;

/** A successor key, approved by the current key's signature over `keyRotationMessage`. */
export const KeyRotation = z.strictObject({ publicKey: PublicKey, label: KeyLabel, approval: Signature });
export type KeyRotation = z.infer<typeof KeyRotation>;

export const KeyRevocation = z.strictObject({ reason: text(LIMITS.shortText) });
export type KeyRevocation = z.infer<typeof KeyRevocation>;

export const VersionSigning = z.strictObject({ keyId: Id, signature: Signature });
export type VersionSigning = z.infer<typeof VersionSigning>;

// Event data.
export const KeyRegisteredRecord = z.strictObject({
  id: Id,
  accountId: Id,
  publicKey: PublicKey,
  label: KeyLabel,
});
export const KeyRotatedRecord = KeyRegisteredRecord.extend({ previousKeyId: Id, approval: Signature });
export const KeyRevokedRecord = z.strictObject({ id: Id, accountId: Id, reason: text(LIMITS.shortText) });
export const VersionSignedRecord = z.strictObject({
  id: Id,
  versionId: Id,
  processId: Id,
  partyId: Id,
  accountId: Id,
  keyId: Id,
  versionHash: VersionHash,
  signature: Signature,
});
export type VersionSignedRecord = z.infer<typeof VersionSignedRecord>;

/** A key with its validity period: from registration until rotated away or revoked (exclusive). */
export const AccountKey = z.strictObject({
  id: Id,
  accountId: Id,
  publicKey: z.string(),
  fingerprint: z.string(),
  label: z.string(),
  validFrom: IsoUtc,
  validUntil: IsoUtc.nullable(),
  ended: z.enum(['rotated', 'revoked']).nullable(),
  reason: z.string().nullable(),
  previousKeyId: Id.nullable(),
  logIndex: LogIndex,
});
export type AccountKey = z.infer<typeof AccountKey>;

export const VersionSignature = z.strictObject({
  id: Id,
  versionId: Id,
  partyId: Id,
  partyName: z.string(),
  accountId: Id,
  keyId: Id,
  publicKey: z.string(),
  fingerprint: z.string(),
  versionHash: VersionHash,
  signature: z.string(),
  signedAt: IsoUtc,
  logIndex: LogIndex,
});
export type VersionSignature = z.infer<typeof VersionSignature>;

/** GET /api/versions/{id}/signatures, also the file `concord verify --signatures` checks offline. */
export const VersionSignatures = z.strictObject({
  format: z.literal('concord.version-signatures/v1'),
  versionId: Id,
  versionHash: VersionHash,
  items: z.array(VersionSignature),
});
export type VersionSignatures = z.infer<typeof VersionSignatures>;
