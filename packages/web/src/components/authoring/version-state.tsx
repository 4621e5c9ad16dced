import { frozenBecause, VersionWithdraw } from '@concord/core';
import { revealInvisible } from '@concord/core/text';
import { type FormEvent, useState } from 'react';
import { postJson } from '../../api/client.ts';
import { formatDate } from '../../lib/commitments.ts';
import { type Abilities, may, type PresentedVersion } from '../../lib/people-types.ts';
import { schemaErrors } from '../../lib/point-form.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';
import { ProblemView } from '../status.tsx';
import { Field } from './field.tsx';
import { useWrite } from './use-write.ts';

const FROZEN_WORDS = {
  circulated:
    'This version was circulated, so its text is frozen: what someone received never changes behind their back.',
  final: 'This version is final: its text is the one the parties sign, and it no longer changes.',
  withdrawn: 'This version was withdrawn: it stays on record, but it is no longer on the table.',
  released:
    'This draft was shared beyond the mediators, so its text is frozen: what someone read never changes behind their back.',
} as const;

/**
 * What a reader may do with this version's text now: a working draft is edited in place (for those the server
 * lets edit it); a frozen one is read-only, and a change starts a new version that answers it.
 */
export function VersionStateNotice({
  version,
  planAbilities,
}: {
  version: PresentedVersion;
  planAbilities: Abilities | null;
}) {
  const frozen = frozenBecause(version);
  const mayStart = planAbilities !== null && may(planAbilities, 'create-version');
  return (
    <>
      {version.withdrawal ? (
        <div className="withdrawn-notice" role="note" data-testid="withdrawn-notice">
          <strong>Withdrawn on {formatDate(version.withdrawal.at.slice(0, 10))}.</strong>{' '}
          <span dir="auto">Reason: {revealInvisible(version.withdrawal.reason)}</span>
          <br />
          It stays in the version tree and the log, but no longer counts in the analysis.
        </div>
      ) : null}
      {frozen === null ? (
        may(version.abilities, 'edit') ? (
          <p className="frozen-notice" data-testid="draft-notice">
            This is a working draft: it can still change.{' '}
            <Link className="button" href={paths.editVersion(version.id)} data-testid="edit-draft">
              Edit this draft
            </Link>
          </p>
        ) : null
      ) : (
        <div className="frozen-notice" data-testid="frozen-notice">
          {FROZEN_WORDS[frozen]}{' '}
          {mayStart ? (
            <Link
              className="button"
              href={paths.newVersion(version.planId, version.id)}
              data-testid="start-from-this"
            >
              Start a new version from this one
            </Link>
          ) : null}
        </div>
      )}
    </>
  );
}

/** Withdrawing a version, with the reason the parties will read (for those the server lets withdraw it). */
export function WithdrawControl({ version, onDone }: { version: PresentedVersion; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const write = useWrite();
  if (!may(version.abilities, 'withdraw')) return null;
  const errors = touched ? schemaErrors(VersionWithdraw, { reason }) : {};
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(schemaErrors(VersionWithdraw, { reason })).length > 0) return;
    const ok = await write.run(async () => {
      await postJson(`/api/versions/${encodeURIComponent(version.id)}/withdrawal`, { reason });
    });
    if (ok) onDone();
  };
  return (
    <details className="authoring-details" data-testid="withdraw">
      <summary className="button">Withdraw this version</summary>
      <form className="authoring-form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">
          Withdrawing takes the version off the table: it is frozen, marked as withdrawn with your reason and
          left out of the analysis. It is never deleted: it stays in the version tree and in the log, and
          whoever could read it still can.
        </p>
        <Field label="Reason (everyone who can read the version will see it)" error={errors.reason} wide>
          <textarea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="withdraw-reason"
          />
        </Field>
        {write.problem ? <ProblemView problem={write.problem} /> : null}
        <div className="authoring-actions">
          <button type="submit" className="button" disabled={write.busy} data-testid="confirm-withdraw">
            Withdraw the version
          </button>
        </div>
      </form>
    </details>
  );
}
