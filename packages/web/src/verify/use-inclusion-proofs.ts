import { useEffect, useState } from 'react';
import { getJson } from '../api/client.ts';
import type { InclusionAnswer } from '../api/types.ts';

export type Proofs = { state: 'loading' } | { state: 'ok'; proofs: Map<number, InclusionAnswer> };

/**
 * Inclusion proofs of several entries at one tree size. A proof that cannot be fetched is left out: the entry's
 * inclusion check then fails and says so, rather than the page failing as a whole.
 */
export function useInclusionProofs(indices: number[] | null, size: number | null): Proofs {
  const key = indices === null || size === null ? null : `${size}|${indices.join(',')}`;
  const [result, setResult] = useState<{ key: string | null; proofs: Map<number, InclusionAnswer> }>({
    key: null,
    proofs: new Map(),
  });
  useEffect(() => {
    if (key === null || indices === null || size === null) return;
    const controller = new AbortController();
    const one = (index: number) =>
      getJson<InclusionAnswer>(`/api/log/proofs/inclusion?index=${index}&size=${size}`, {
        signal: controller.signal,
      }).then(
        (p): [number, InclusionAnswer] | null => [index, p],
        () => null,
      );
    Promise.all(indices.filter((i) => i < size).map(one)).then((found) => {
      if (controller.signal.aborted) return;
      setResult({ key, proofs: new Map(found.filter((f) => f !== null)) });
    });
    return () => controller.abort();
  }, [key, indices, size]);
  return result.key === key && key !== null ? { state: 'ok', proofs: result.proofs } : { state: 'loading' };
}
