// RFC 6238 codes for the browser tests, from node:crypto (no dependency): SHA-1, 6 digits, 30-second steps,
// as Concord's authenticator-app enrolment gives them. The server accepts a step once, so `fresh` never hands
// out a step twice: it takes the next unused one within the server's window of one step, waiting when it must.
import { createHmac } from 'node:crypto';

function base32(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error('not a base32 secret');
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

export function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32(secret)).update(counter).digest();
  const offset = (mac[mac.length - 1] as number) & 0xf;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

export function totpCodes(secret: string) {
  let lastStep = 0;
  return {
    async fresh(): Promise<string> {
      for (;;) {
        const now = Math.floor(Date.now() / 30_000);
        const step = Math.max(now, lastStep + 1);
        if (step <= now + 1) {
          lastStep = step;
          return totpAt(secret, step);
        }
        await new Promise((r) => setTimeout(r, (now + 1) * 30_000 - Date.now() + 250));
      }
    },
  };
}
