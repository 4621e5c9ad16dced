// Evidence is referenced by hash: the browser reads the file and hashes it with SubtleCrypto; only the hash, the
// name, the size and the type are sent, so the file itself never leaves the user's machine or enters the log.
export type EvidenceRef = { sha256: string; name: string; size: number; type: string };

export async function sha256Hex(data: ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function evidenceOf(
  file: Pick<File, 'name' | 'size' | 'type' | 'arrayBuffer'>,
): Promise<EvidenceRef> {
  const sha256 = await sha256Hex(await file.arrayBuffer());
  return { sha256, name: file.name.slice(0, 200) || 'evidence', size: file.size, type: mediaType(file.type) };
}

// The server accepts `type/subtype` only; a browser that does not know a file's type says '' or something odd.
function mediaType(type: string): string {
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(type) && type.length <= 120 ? type : 'application/octet-stream';
}
