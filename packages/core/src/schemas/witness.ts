// Witnesses of the log (C2SP tlog-witness/tlog-cosignature): independent parties that check the log only grows
// and cosign its checkpoints. The key and line formats are checked by ledger; these schemas bound what reaches it.
import { z } from 'zod';

// Printable ASCII only (C2SP allows more in key names; a deployment's witnesses need no more), so no text that
// displays otherwise than it reads gets in; the cosignature line's one non-ASCII character is its leading em dash.
const KEY_NAME = '[!-*,-~]+';
const ascii = (pattern: RegExp, what: string, max: number) =>
  z.string().min(1).max(max).regex(pattern, `must be ${what}`);

/** A witness's vkey: <name>+<key id>+base64(0x04 ‖ Ed25519 public key). */
export const WitnessKey = ascii(
  new RegExp(`^${KEY_NAME}\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]+=*$`),
  'a witness vkey <name>+<key id>+<base64 key>',
  400,
).meta({
  description: 'witness vkey <name>+<key id>+<base64(0x04 ‖ key)>',
});

/** Registering a witness for the deployment: its vkey names it. */
export const WitnessRegistration = z.strictObject({ verifierKey: WitnessKey });
export type WitnessRegistration = z.infer<typeof WitnessRegistration>;

/** A cosignature posted by a witness: the line it adds to the checkpoint of `size`. */
export const CosignatureSubmission = z.strictObject({
  witness: ascii(new RegExp(`^${KEY_NAME}$`), 'a key name in printable ASCII', 200).meta({
    description: 'the registered witness name',
  }),
  size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  cosignature: ascii(
    new RegExp(`^\u2014 ${KEY_NAME} [A-Za-z0-9+/]+=*$`),
    'one signature line “— <name> <base64>”',
    400,
  ).meta({
    description: 'the signature line "— <name> <base64>" (C2SP tlog-cosignature/v1)',
  }),
});
export type CosignatureSubmission = z.infer<typeof CosignatureSubmission>;

/** A registered witness as readers see it: how far it has witnessed the log, and when. */
export const WitnessView = z.object({
  name: z.string(),
  verifierKey: z.string(),
  registeredAt: z.string(),
  witnessed: z
    .object({
      size: z.number().int(),
      cosignedAt: z.string().meta({ description: 'the witness’s own time in its cosignature' }),
      receivedAt: z.string(),
    })
    .nullable(),
});
export type WitnessView = z.infer<typeof WitnessView>;
