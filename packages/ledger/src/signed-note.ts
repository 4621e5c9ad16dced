// Signing a C2SP signed note (format in open-note.ts); apart from the opener so verifiers never load it.
import { ed25519Sign } from './ed25519.ts';
import { concatBytes, toBase64, utf8 } from './encoding.ts';
import { parseSignerKey } from './note-key.ts';
import { checkText, malformed, SIG_PREFIX } from './open-note.ts';

export type { NoteSignature, OpenedNote } from './open-note.ts';
export { openNote } from './open-note.ts';

export function signNote(text: string, signerKey: string): string {
  checkText(text);
  if (text.includes('\n\n')) malformed('text must not contain a blank line');
  const key = parseSignerKey(signerKey);
  const signature = ed25519Sign(key.seed, utf8(text));
  const id = new Uint8Array(4);
  new DataView(id.buffer).setUint32(0, key.keyId);
  return `${text}\n${SIG_PREFIX}${key.name} ${toBase64(concatBytes(id, signature))}\n`;
}
