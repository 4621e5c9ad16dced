import { type FormEvent, useState } from 'react';
import { putJson } from '../api/client.ts';
import { asProblem } from '../api/problem.ts';
import {
  buildAudience,
  currentPartyIds,
  describeShareProblem,
  type ShareChoice,
  widerChoices,
} from '../lib/audience-words.ts';
import { type Abilities, type Audience, may, type SharedKind } from '../lib/people-types.ts';
import { AudienceLabel } from './audience-badge.tsx';
import { UserText } from './user-text.tsx';

type NamedParty = { id: string; name: string };

const CHOICE_WORDS: Record<ShareChoice, string> = {
  parties: 'More parties (their members and the mediators)',
  process: 'Everyone in the process',
  public: 'The public (anyone, without signing in)',
};

const PLURAL: Record<SharedKind, string> = { process: 'processes', plan: 'plans', version: 'versions' };

type Props = {
  kind: SharedKind;
  id: string;
  audience: Audience;
  abilities: Abilities;
  /** The process's parties, to choose from and to name. */
  parties: NamedParty[];
  /** A working draft the mediators still edit: sharing it beyond them freezes its text (the form says so). */
  freezesDraft?: boolean;
  /** Called with the new audience once the server recorded it (the page reads the object again). */
  onShared: (audience: Audience) => void;
};

/**
 * Widening who can see a process, a plan or a version, for those the server lets share it. Only wider audiences
 * are offered: whoever has seen it cannot be made to unsee it. The reason is kept in the log with the change.
 */
export function ShareControl(props: Props) {
  if (!may(props.abilities, 'share')) return null;
  if (widerChoices(props.audience).length === 0)
    return (
      <p className="muted share-none" data-testid="share-none">
        This {props.kind} is public already: there is no wider audience to share it with.
      </p>
    );
  return (
    <details className="share-dialog" data-testid="share">
      <summary className="button">Share</summary>
      <ShareForm {...props} />
    </details>
  );
}

export function ShareForm(props: Props) {
  const choices = widerChoices(props.audience);
  const [choice, setChoice] = useState<ShareChoice>(choices[0] ?? 'public');
  const [added, setAdded] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const now = currentPartyIds(props.audience);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const built = buildAudience(props.audience, choice, added);
    if (!built.ok) return setMessage(built.message);
    if (reason.trim().length === 0)
      return setMessage(
        'Give a reason: it is recorded in the log with the change, for everyone who can see it.',
      );
    setSaving(true);
    setMessage(null);
    try {
      await putJson(`/api/${PLURAL[props.kind]}/${encodeURIComponent(props.id)}/audience`, {
        audience: built.audience,
        reason: reason.trim(),
      });
      setAdded([]);
      setReason('');
      props.onShared(built.audience);
    } catch (error) {
      setMessage(describeShareProblem(asProblem(error), props.kind));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="share-form" onSubmit={(e) => void submit(e)} noValidate data-testid="share-form">
      <p className="muted">
        Now: <AudienceLabel audience={props.audience} parties={props.parties} />. Sharing only widens who can
        read this {props.kind} (and its history in the log); it cannot be taken back.
      </p>
      {props.freezesDraft ? (
        <p className="frozen-notice" role="note" data-testid="share-freezes">
          This is a working draft. Once anyone beyond the mediators can read it, its text is frozen: later
          changes make a new version, so nobody's copy changes behind their back.
        </p>
      ) : null}
      <fieldset>
        <legend>Share with</legend>
        {choices.map((c) => (
          <label key={c} className="choice">
            <input
              type="radio"
              name="share-choice"
              value={c}
              checked={choice === c}
              onChange={() => setChoice(c)}
              data-testid={`share-choice-${c}`}
            />{' '}
            {CHOICE_WORDS[c]}
          </label>
        ))}
      </fieldset>
      {choice === 'parties' ? (
        <fieldset data-testid="share-parties">
          <legend>Parties</legend>
          {props.parties.map((p) => {
            const sees = now.includes(p.id);
            return (
              <label key={p.id} className="choice">
                <input
                  type="checkbox"
                  checked={sees || added.includes(p.id)}
                  disabled={sees}
                  onChange={(e) =>
                    setAdded((a) => (e.target.checked ? [...a, p.id] : a.filter((x) => x !== p.id)))
                  }
                />{' '}
                <UserText text={p.name} />
                {sees ? <span className="muted"> (can see it now)</span> : null}
              </label>
            );
          })}
        </fieldset>
      ) : null}
      <label className="field field-wide">
        <span>Reason (required; kept in the log with this change)</span>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
          required
          dir="auto"
          data-testid="share-reason"
        />
      </label>
      {message ? (
        <p className="problem" role="alert" data-testid="share-problem">
          {message}
        </p>
      ) : null}
      <button type="submit" disabled={saving} data-testid="share-submit">
        {saving ? 'Sharing…' : 'Share'}
      </button>
    </form>
  );
}
