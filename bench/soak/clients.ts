// The soak test's clients: each loops until the end, seven reads for three writes (a process, a party written
// earlier, the signed checkpoint; a new party), and tallies latencies, acknowledged writes and errors by kind. A
// client that meets an error waits a moment before its next request, as a real client backing off would.

export type Tally = {
  requests: number;
  errors: Map<string, number>;
  reads: number[];
  writes: number[];
  acked: { id: string; name: string }[];
};

type Options = { url: string; token: string; processId: string; tally: Tally; count: number; until: number };

const TIMEOUT_MS = 10_000;

export function makeClients(options: Options): Promise<void> {
  let serial = 0;
  const { url, token, processId, tally } = options;
  const auth = { authorization: `Bearer ${token}` };
  const count = (kind: string) => tally.errors.set(kind, (tally.errors.get(kind) ?? 0) + 1);

  const request = async (path: string, init: RequestInit, write: boolean): Promise<Response | null> => {
    const start = performance.now();
    tally.requests++;
    try {
      const res = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (!res.ok) {
        const problem = (await res.json().catch(() => ({}))) as { type?: string };
        count(
          `${res.status} ${
            String(problem.type ?? '')
              .split('/')
              .at(-1) || 'no problem type'
          }`,
        );
        return null;
      }
      (write ? tally.writes : tally.reads).push(performance.now() - start);
      return res;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      count(
        (error as Error).name === 'TimeoutError'
          ? `timeout (${TIMEOUT_MS / 1000} s)`
          : `connection: ${cause ?? (error as Error).message}`,
      );
      return null;
    }
  };

  const write = async () => {
    const name = `Soak party ${serial++}`;
    const res = await request(
      `/api/processes/${processId}/parties`,
      {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name, kind: 'party' }),
      },
      true,
    );
    if (!res) return false;
    const body = (await res.json()) as { id: string };
    tally.acked.push({ id: body.id, name });
    return true;
  };

  const read = async (n: number) => {
    const known = tally.acked[Math.floor(Math.random() * tally.acked.length)];
    const path =
      n % 3 === 0 || !known
        ? `/api/processes/${processId}`
        : n % 3 === 1
          ? `/api/parties/${known.id}`
          : '/api/log/checkpoint';
    const res = await request(path, { headers: auth }, false);
    if (res) await res.arrayBuffer();
    return res !== null;
  };

  const client = async () => {
    for (let n = 0; Date.now() < options.until; n++) {
      const ok = n % 10 < 3 ? await write() : await read(n);
      if (!ok) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  return Promise.all(Array.from({ length: options.count }, client)).then(() => {});
}
