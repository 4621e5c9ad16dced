// A check as a reader sees it: what was checked, whether it held, why, and on failure the error's code.
import { VerificationError, type VerificationErrorCode } from './error.ts';

export type CheckId = 'event' | 'leaf' | 'signature' | 'inclusion' | 'growth' | 'key';
export type Check = { id: CheckId; title: string; ok: boolean; detail: string; code?: VerificationErrorCode };

export const failed = (
  id: CheckId,
  title: string,
  detail: string,
  code: VerificationErrorCode = 'INPUT_MALFORMED',
): Check => ({ id, title, ok: false, detail, code });

/** Runs a step; its VerificationError becomes a failed check whose detail is `prefix` and the error's reason. */
export function attempt<T>(
  id: CheckId,
  title: string,
  prefix: string,
  step: () => { value: T; detail: string },
): { check: Check; value: T | null } {
  try {
    const { value, detail } = step();
    return { check: { id, title, ok: true, detail }, value };
  } catch (e) {
    const code = e instanceof VerificationError ? e.code : 'INPUT_MALFORMED';
    const reason = e instanceof Error ? e.message : String(e);
    return { check: failed(id, title, `${prefix}${reason}`, code), value: null };
  }
}
