// Who witnesses the log: independent parties whose software checks that the log only ever grew and cosigns each
// checkpoint it accepted. Shown on the log page for everyone; a mediator registers a new witness here.
import type { WitnessView } from '@concord/core';
import { useState } from 'react';
import { postJson } from '../api/client.ts';
import { ApiError, type Problem } from '../api/problem.ts';
import { useSessionState } from '../api/session.ts';
import type { List } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { formatDate } from '../lib/commitments.ts';
import { Loaded } from './status.tsx';

export function WitnessesSection({ size }: { size: number }) {
  const [refresh, setRefresh] = useState(0);
  const witnesses = useResource<List<WitnessView>>('/api/witnesses', refresh);
  const session = useSessionState();
  const mediator =
    session.state === 'ok' && (session.principal?.memberships ?? []).some((m) => m.role === 'mediator');
  return (
    <section aria-labelledby="witnesses-heading" data-testid="witnesses">
      <h2 id="witnesses-heading">Witnesses</h2>
      <p className="lede">
        A witness is an independent party’s program that checks the log has only grown since it last looked
        and then signs it, so a rewritten history would be caught by someone who does not depend on this
        server.
      </p>
      <Loaded resource={witnesses} what="the witnesses">
        {({ items }) => <WitnessList items={items} size={size} />}
      </Loaded>
      {mediator ? <RegisterWitness onDone={() => setRefresh((n) => n + 1)} /> : null}
    </section>
  );
}

export function WitnessList({ items, size }: { items: WitnessView[]; size: number }) {
  if (items.length === 0) return <p className="muted">No witness has been registered for this log yet.</p>;
  return (
    <ul className="witness-list">
      {items.map((w) => (
        <li key={w.name} data-testid="witness">
          <strong>{w.name}</strong>{' '}
          {w.witnessed === null ? (
            <span className="muted">has not witnessed the log yet</span>
          ) : (
            <>
              has witnessed the first {w.witnessed.size} of the log’s {size} entries
              {w.witnessed.size === size ? ' (all of them)' : ''}, on{' '}
              <time dateTime={w.witnessed.cosignedAt}>{formatDate(w.witnessed.cosignedAt)}</time>
            </>
          )}
          <br />
          <code className="hash">{w.verifierKey}</code>
        </li>
      ))}
    </ul>
  );
}

function RegisterWitness({ onDone }: { onDone: () => void }) {
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    setProblem(null);
    try {
      await postJson('/api/witnesses', { verifierKey: key.trim() });
      setKey('');
      onDone();
    } catch (error) {
      setProblem(
        error instanceof ApiError
          ? error.problem
          : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) },
      );
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>Register a witness</legend>
        <label>
          The witness’s public key (it prints it with <code>concord witness --state DIR --print-key</code>){' '}
          <input name="verifierKey" required value={key} onChange={(e) => setKey(e.target.value)} />
        </label>
        <button type="submit">Register</button>
      </fieldset>
      {problem ? (
        <p role="alert">
          {problem.title}
          {problem.detail ? `: ${problem.detail}` : ''}
        </p>
      ) : null}
    </form>
  );
}
