// An uploaded file as the check route takes it: plain text and Markdown as their text, a PDF as base64 (the
// server reads its text). Anything else is refused here, with words saying what to upload instead.
import type { CopyCheck } from '@concord/core/copies';

// The server takes request bodies up to 1 MB; a PDF sent as base64 grows by a third.
export const UPLOAD_LIMIT_BYTES = { pdf: 700 * 1024, text: 900 * 1024 } as const;

export type UploadReading = { body: CopyCheck } | { refused: string };

export function kindOfFile(name: string, type: string): 'pdf' | 'text' | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.pdf') || type === 'application/pdf') return 'pdf';
  if (/\.(txt|md|markdown)$/.test(lower) || type.startsWith('text/')) return 'text';
  return null;
}

/** base64 of bytes, in slices (a spread of a whole file would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

export async function readUpload(file: {
  name: string;
  type: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}): Promise<UploadReading> {
  const kind = kindOfFile(file.name, file.type);
  if (kind === null) return { refused: 'Upload a .txt, .md or .pdf file, or paste the text.' };
  if (file.size > UPLOAD_LIMIT_BYTES[kind])
    return {
      refused: `The file is larger than ${UPLOAD_LIMIT_BYTES[kind] / 1024} KB, more than this page accepts: paste the points you want to check instead.`,
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kind === 'pdf') return { body: { pdf: toBase64(bytes) } };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.trim() === '') return { refused: 'The file holds no text.' };
  return { body: { text } };
}
