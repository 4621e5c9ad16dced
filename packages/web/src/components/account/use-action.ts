import { useState } from 'react';
import { explainPasskeyError, explainProblem } from '../../api/auth.ts';
import { asProblem } from '../../api/problem.ts';
import type { Notice } from '../notice.tsx';

/** Runs an action, turning a refusal into words; the notice on success is `done`. */
export function useAction(): [
  boolean,
  Notice | null,
  (run: () => Promise<void>, done?: string) => Promise<boolean>,
  (n: Notice | null) => void,
] {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const act = async (run: () => Promise<void>, done?: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await run();
      if (done) setNotice({ kind: 'info', text: done });
      return true;
    } catch (error) {
      setNotice({ kind: 'error', text: explainPasskeyError(error) ?? explainProblem(asProblem(error)) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return [busy, notice, act, setNotice];
}
