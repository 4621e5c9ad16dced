// One tracked commitment: what is owed to whom, its status on the Peace Accords Matrix scale (in words and 0–3),
// its due rule and whether it is overdue, its progress rolled up from its parts, its indicators, every status it
// had (who, when, why, the evidence's hashes), the status form where the caller may set one, and its parts.
import { type CommitmentState, describeDue, PAM_WORDS } from '@concord/core';
import { percent } from '../../lib/compliance-chart.ts';
import { UserText } from '../user-text.tsx';
import { StatusForm } from './status-form.tsx';

type State = CommitmentState & { maySetStatus: boolean };
export type ItemContext = {
  all: State[];
  today: string;
  nameOf: (party: string) => string;
  actorName: (actor: string) => string;
  onChanged: () => void;
};

export function PamBadge({ score }: { score: number | null }) {
  const s = score ?? 0;
  return (
    <span className={`pam pam-${s}`} data-testid="pam-status" data-score={s}>
      {s} — {PAM_WORDS[s]}
      {score === null ? ' (no status yet)' : ''}
    </span>
  );
}

function DueLine({ c }: { c: State }) {
  const due = c.dueAt === null ? null : c.dueAt.replace(':00.000Z', ' UTC').replace('T', ' ');
  return (
    <p className="due">
      Due {describeDue(c.due)}
      {due !== null ? ` — ${due}` : ''}
      {c.waitingFor !== null ? ` — waits for the milestone “${c.waitingFor}”` : ''}{' '}
      {c.overdue ? (
        <span className="overdue" data-testid="overdue-badge">
          Overdue
        </span>
      ) : null}
    </p>
  );
}

export function CommitmentItem({ c, ctx }: { c: State; ctx: ItemContext }) {
  const parts = ctx.all.filter((x) => x.parentId === c.commitmentId);
  return (
    <li className="tracked" data-testid="tracked-commitment" data-commitment={c.commitmentId}>
      <p className="action">
        <UserText text={c.action} />
        {c.beneficiary !== null ? <span className="muted"> — for {ctx.nameOf(c.beneficiary)}</span> : null}
      </p>
      <p>
        <PamBadge score={c.current?.score ?? null} />{' '}
        <span className="progress">progress {percent(c.progress)}</span>
        {c.weight !== 1 ? <span className="muted"> · weight {c.weight}</span> : null}
      </p>
      <DueLine c={c} />
      {c.indicators.length > 0 ? <p className="muted">Indicators: {c.indicators.join('; ')}</p> : null}
      <details className="history" data-testid="status-history">
        <summary>History ({c.statuses.length})</summary>
        {c.statuses.length === 0 ? <p className="muted">No status has been set.</p> : null}
        <ol>
          {[...c.statuses].reverse().map((s) => (
            <li key={s.id}>
              <PamBadge score={s.score} /> from {s.on}, set by {ctx.actorName(s.actor)} on{' '}
              {s.setAt.slice(0, 10)}: <UserText text={s.reason} />
              {s.evidence.length > 0 ? (
                <ul className="evidence">
                  {s.evidence.map((e) => (
                    <li key={e.sha256} data-testid="evidence">
                      {e.name} ({e.type}, {e.size} bytes) SHA-256 <code>{e.sha256}</code>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
      {c.maySetStatus ? (
        <StatusForm commitmentId={c.commitmentId} today={ctx.today} onDone={ctx.onChanged} />
      ) : null}
      {parts.length > 0 ? (
        <ul className="parts">
          {parts.map((p) => (
            <CommitmentItem key={p.commitmentId} c={p} ctx={ctx} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
