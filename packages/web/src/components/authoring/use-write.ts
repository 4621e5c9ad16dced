import { useState } from 'react';
import { asProblem, type Problem } from '../../api/problem.ts';

/**
 * One write at a time from a form: `busy` while it runs, the server's problem when it was refused (shown beside
 * the form, with the fields it names), and true when it went through.
 */
export function useWrite(): {
  busy: boolean;
  problem: Problem | null;
  run: (write: () => Promise<void>) => Promise<boolean>;
  clear: () => void;
} {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const run = async (write: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await write();
      return true;
    } catch (error) {
      setProblem(asProblem(error));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run, clear: () => setProblem(null) };
}
