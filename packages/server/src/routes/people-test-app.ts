// For the people routes' tests.

/** The `name=value` of the session cookie an answer sets, to send back as a Cookie header. */
export function cookieFrom(headers: Headers): string | null {
  const set = headers.get('set-cookie');
  return set === null ? null : (set.split(';')[0] ?? null);
}
