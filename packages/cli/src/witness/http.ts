// The witness reads a server it does not trust: every answer is bounded, parsed and checked for shape before any
// field is used, and anything else is one line saying what was wrong.
import { CliError } from '../errors.ts';

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

const MAX_ANSWER = 256 * 1024;

export async function requestJson(
  doFetch: Fetch,
  url: string,
  init?: RequestInit,
): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await doFetch(url, { ...init, signal: AbortSignal.timeout(30_000), redirect: 'error' });
  } catch (error) {
    throw new CliError(`cannot reach ${url}: ${(error as Error).message}`);
  }
  const text = await res.text();
  if (text.length > MAX_ANSWER) throw new CliError(`${url} answered more than ${MAX_ANSWER} bytes`);
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    throw new CliError(`${url} answered ${res.status} with something that is not JSON`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The served checkpoint: a signed note and the key the server names. */
export function checkpointAnswer(body: unknown): { checkpoint: string; verifierKey: string } {
  if (!isObject(body) || typeof body.checkpoint !== 'string' || typeof body.verifierKey !== 'string')
    throw new CliError('the server’s checkpoint answer lacks checkpoint or verifierKey');
  return { checkpoint: body.checkpoint, verifierKey: body.verifierKey };
}

/** A consistency proof: at most 64 hashes (a tree of 2^63 leaves needs fewer), each a base64 string. */
export function proofAnswer(body: unknown): string[] {
  if (!isObject(body) || !Array.isArray(body.proof) || body.proof.length > 64)
    throw new CliError('the server’s consistency proof answer is malformed');
  if (!body.proof.every((h) => typeof h === 'string' && h.length <= 64))
    throw new CliError('the server’s consistency proof holds something that is not a hash');
  return body.proof as string[];
}

/** A problem answer's words, for a one-line refusal. */
export function problemWords(body: unknown): string {
  if (!isObject(body)) return 'no details';
  const words = [body.title, body.detail].filter((w) => typeof w === 'string').join(': ');
  return words.slice(0, 300) || 'no details';
}
