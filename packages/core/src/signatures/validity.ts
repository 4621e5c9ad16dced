// Which key was valid when: a key is valid from its registration until it is rotated away or revoked (the end
// is exclusive), as the log's `key.*` events say. Pure, so a reader replaying the log gets the same answer.
export type KeyPeriod = { validFrom: string; validUntil: string | null };

export function keyValidAt(key: KeyPeriod, at: string): boolean {
  const t = Date.parse(at);
  return Date.parse(key.validFrom) <= t && (key.validUntil === null || t < Date.parse(key.validUntil));
}
