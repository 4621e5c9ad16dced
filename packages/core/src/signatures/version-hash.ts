// The canonical hash of an agreed text, which signatories sign. Defined once here and used by the server (before
// it logs a signature), the CLI and the browser:
//
//   versionHash = hex(SHA-256(UTF-8(JCS({ format, versionId, points }))))
//   format      = "concord.agreed-text/v1"
//   points      = every point of the version in reading order (ordinal), each { number, parent, text }, where
//                 `parent` is the number of the point it sits under (null at the top) and `text` holds the
//                 point's wording in every language of the version ({ "en": …, "ru": … }; JCS sorts the keys).
//
// The version id is inside, so a signature on one version is never a signature on an identical copy of it; the
// texts in every language are inside, so each authentic language is signed, not only one.
import { canonicalJson, sha256, toHex, utf8 } from '@concord/ledger/verify';

export const AGREED_TEXT_FORMAT = 'concord.agreed-text/v1';

/** What the hash needs of a point (a subset of core's Point). */
export type AgreedPoint = {
  id: string;
  parentPointId: string | null;
  ordinal: number;
  number: string;
  text: Record<string, string>;
};

/** The value whose canonical JSON is hashed. */
export function agreedText(versionId: string, points: readonly AgreedPoint[]) {
  const numbers = new Map(points.map((p) => [p.id, p.number]));
  const ordered = [...points].sort((a, b) => a.ordinal - b.ordinal);
  return {
    format: AGREED_TEXT_FORMAT,
    versionId,
    points: ordered.map((p) => ({
      number: p.number,
      parent: p.parentPointId === null ? null : (numbers.get(p.parentPointId) ?? null),
      text: p.text,
    })),
  };
}

/** 64 lowercase hex digits. */
export function versionHash(versionId: string, points: readonly AgreedPoint[]): string {
  return toHex(sha256(utf8(canonicalJson(agreedText(versionId, points)))));
}
