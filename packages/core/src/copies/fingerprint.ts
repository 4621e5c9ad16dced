// A recipient's copy: at every site that may vary, the writing picked by HMAC-SHA-256(secret, recipient, language,
// site). The site is named by the point's lineage, so a recipient reads the same writing in every version that
// keeps the point (comparing two of one's own copies shows no fingerprint), and different recipients differ at
// about half the sites (two ways) or two thirds (three ways).
import { sha256, utf8 } from '@concord/ledger/verify';
import type { CopyText } from './copy-text.ts';
import { findSites, type Site } from './sites.ts';

export const FINGERPRINT_SCHEME = 'concord.copy-fingerprint/v1' as const;

/** HMAC-SHA-256 (RFC 2104) over the ledger's pure SHA-256: the core stays without I/O and runs in the browser. */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const pad = (x: number) => block.map((b) => b ^ x);
  const inner = sha256(concat(pad(0x36), message));
  return sha256(concat(pad(0x5c), inner));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The option a recipient reads at a site with `k` options. */
export function recipientOption(
  secret: Uint8Array,
  recipient: string,
  language: string,
  siteId: string,
  k: number,
) {
  const mac = hmacSha256(secret, utf8(`${FINGERPRINT_SCHEME}\n${recipient}\n${language}\n${siteId}`));
  return (((mac[0] as number) << 8) | (mac[1] as number)) % k;
}

/** The source with each varying site written as the recipient's option. */
export function fingerprintCopy(source: CopyText, secret: Uint8Array, recipient: string): CopyText {
  const sites = findSites(source).filter((s) => s.vary);
  const byPoint = new Map<number, Site[]>();
  for (const s of sites) byPoint.set(s.point, [...(byPoint.get(s.point) ?? []), s]);
  const points = source.points.map((p, i) => {
    const here = byPoint.get(i);
    if (here === undefined) return p;
    let text = p.text;
    for (const s of [...here].reverse()) {
      const option = s.options[recipientOption(secret, recipient, source.language, s.id, s.options.length)];
      text = text.slice(0, s.start) + option + text.slice(s.end);
    }
    return { ...p, text };
  });
  return { ...source, points };
}

/** The option each site of a copy uses, by site id. */
export function copyChoices(copy: CopyText): Map<string, number> {
  return new Map(findSites(copy).map((s) => [s.id, s.chosen]));
}
