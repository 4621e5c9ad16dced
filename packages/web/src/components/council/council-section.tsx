// One council on its page: what it is for, how it decides (its rule in words), its seats, and its motions with
// their votes, tallies and outcomes; a vote form where the caller holds a voting seat (or, a mediator, records
// one from the minutes), and the chair's or mediator's forms to open and close motions.

import type { CouncilView, Motion, MotionKind, VoteChoice } from '@concord/core';
import { describeRule } from '@concord/core/council';
import { revealInvisible } from '@concord/core/text';
import { useState } from 'react';
import { postJson } from '../../api/client.ts';
import { ApiError, type Problem } from '../../api/problem.ts';
import {
  CHOICE_WORDS,
  MOTION_KIND_WORDS,
  OUTCOME_WORDS,
  seatsToVote,
  standing,
  tallyLine,
} from '../../lib/council-words.ts';
import { UserText } from '../user-text.tsx';
import { AddSeatForm } from './council-setup.tsx';

type Parties = { id: string; name: string }[];

const ROLE_WORDS = { chair: 'Chair', member: 'Member', observer: 'Observer (does not vote)' } as const;

function asProblemOf(error: unknown): Problem {
  return error instanceof ApiError
    ? error.problem
    : { type: 'about:blank', title: 'Unexpected error', status: 0, detail: String(error) };
}

function ProblemLine({ problem }: { problem: Problem | null }) {
  if (problem === null) return null;
  return (
    <p className="council-problem" role="alert" data-testid="council-problem">
      {problem.title}
      {problem.detail ? `: ${problem.detail}` : ''}
    </p>
  );
}

export function CouncilSection({
  council,
  parties,
  onChanged,
}: {
  council: CouncilView;
  parties: Parties;
  onChanged: () => void;
}) {
  const partyName = (id: string | null) =>
    id === null ? null : (parties.find((p) => p.id === id)?.name ?? null);
  return (
    <section className="council" data-testid="council" aria-labelledby={`council-${council.id}`}>
      <h2 id={`council-${council.id}`} dir="auto">
        {revealInvisible(council.name)}
      </h2>
      {council.mandate ? (
        <p className="lede" dir="auto">
          {revealInvisible(council.mandate)}
        </p>
      ) : null}
      <h3>How it decides</h3>
      <ul data-testid="council-rule">
        {describeRule(council.rule, council.members).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>Seats</h3>
      <table className="council-seats">
        <thead>
          <tr>
            <th scope="col">Seat</th>
            <th scope="col">Role</th>
            <th scope="col">For party</th>
          </tr>
        </thead>
        <tbody>
          {council.members.map((m) => (
            <tr key={m.id} data-testid="council-seat">
              <td>
                <UserText text={m.name} />
                {council.mySeats.includes(m.id) ? <strong className="your-seat"> (your seat)</strong> : null}
              </td>
              <td>{ROLE_WORDS[m.role]}</td>
              <td>{partyName(m.partyId) ? <UserText text={partyName(m.partyId) as string} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {council.abilities.addMember ? (
        <AddSeatForm councilId={council.id} parties={parties} onDone={onChanged} />
      ) : null}
      <h3>Motions</h3>
      {council.motions.length === 0 ? (
        <p className="muted">No motion has been put to this council yet.</p>
      ) : null}
      {[...council.motions].reverse().map((motion) => (
        <MotionBlock key={motion.id} council={council} motion={motion} onChanged={onChanged} />
      ))}
      {council.abilities.openMotion ? <MotionForm councilId={council.id} onDone={onChanged} /> : null}
    </section>
  );
}

function MotionBlock({
  council,
  motion,
  onChanged,
}: {
  council: CouncilView;
  motion: Motion;
  onChanged: () => void;
}) {
  const seatName = (id: string) => council.members.find((m) => m.id === id)?.name ?? 'a seat';
  const [problem, setProblem] = useState<Problem | null>(null);
  const close = async () => {
    setProblem(null);
    try {
      await postJson(`/api/motions/${encodeURIComponent(motion.id)}/close`, {});
      onChanged();
    } catch (error) {
      setProblem(asProblemOf(error));
    }
  };
  return (
    <article className="motion" data-testid="motion" data-result={motion.outcome.result}>
      <h4 dir="auto">
        <span className="motion-kind">{MOTION_KIND_WORDS[motion.kind]}:</span> {revealInvisible(motion.title)}
      </h4>
      <p dir="auto">{revealInvisible(motion.text)}</p>
      <p className="muted">
        Opened {motion.openedAt.slice(0, 10)} · {standing(motion)}
      </p>
      <p>
        <span className={`outcome outcome-${motion.outcome.result}`} data-testid="motion-outcome">
          {OUTCOME_WORDS[motion.outcome.result]}
        </span>{' '}
        <span data-testid="motion-tally">{tallyLine(motion.outcome.tally)}</span>
      </p>
      <ul className="muted" data-testid="motion-reasons">
        {motion.outcome.reasons.slice(1).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {motion.votes.length > 0 ? (
        <table className="council-votes">
          <thead>
            <tr>
              <th scope="col">Seat</th>
              <th scope="col">Vote</th>
              <th scope="col">Reason</th>
              <th scope="col">Cast</th>
            </tr>
          </thead>
          <tbody>
            {motion.votes.map((v) => (
              <tr key={v.id} data-testid="motion-vote">
                <td>
                  <UserText text={seatName(v.memberId)} />
                </td>
                <td>{CHOICE_WORDS[v.choice]}</td>
                <td>{v.reason ? <UserText text={v.reason} /> : '—'}</td>
                <td className="muted">
                  {v.castAt.slice(0, 10)},{' '}
                  {v.recordedBy === 'member' ? 'by the seat' : 'recorded by a mediator'} (log entry{' '}
                  {v.logIndex})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <VoteForm council={council} motion={motion} onDone={onChanged} />
      {council.abilities.closeMotion && motion.closedAt === null ? (
        <p>
          <button type="button" className="button" data-testid="close-motion" onClick={() => void close()}>
            Close the motion and record the outcome
          </button>
        </p>
      ) : null}
      <ProblemLine problem={problem} />
    </article>
  );
}

function VoteForm({ council, motion, onDone }: { council: CouncilView; motion: Motion; onDone: () => void }) {
  const seats = seatsToVote(council, motion, new Date().toISOString());
  const [memberId, setMemberId] = useState(seats[0]?.id ?? '');
  const [choice, setChoice] = useState<VoteChoice>('for');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  if (seats.length === 0) return null;
  const seat = seats.find((s) => s.id === memberId) ?? seats[0];
  const submit = async () => {
    setProblem(null);
    try {
      await postJson(`/api/motions/${encodeURIComponent(motion.id)}/votes`, {
        memberId: seat?.id,
        choice,
        reason,
      });
      onDone();
    } catch (error) {
      setProblem(asProblemOf(error));
    }
  };
  return (
    <form
      className="vote-form"
      data-testid="vote-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted">
        {seat?.as === 'member'
          ? 'You vote for your seat, once: a vote cannot be changed afterwards, and it is logged under your name.'
          : 'As a mediator you record a vote cast outside Concord (from the council’s minutes); the log says you recorded it.'}
      </p>
      {seats.length > 1 ? (
        <label>
          Seat{' '}
          <select name="memberId" value={seat?.id} onChange={(e) => setMemberId(e.target.value)}>
            {seats.map((s) => (
              <option key={s.id} value={s.id}>
                {revealInvisible(s.name, { singleLine: true })}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>
          Seat: <UserText text={seat?.name ?? ''} />
        </p>
      )}
      <fieldset>
        <legend>Vote</legend>
        {(['for', 'against', 'abstain'] as const).map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="choice"
              value={c}
              checked={choice === c}
              onChange={() => setChoice(c)}
            />{' '}
            {CHOICE_WORDS[c]}
          </label>
        ))}
      </fieldset>
      <label>
        Reason (optional, public with the vote)
        <textarea name="reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
      </label>
      <button type="submit" className="button" data-testid="cast-vote">
        Cast the vote
      </button>
      <ProblemLine problem={problem} />
    </form>
  );
}

function MotionForm({ councilId, onDone }: { councilId: string; onDone: () => void }) {
  const [kind, setKind] = useState<MotionKind>('finding-of-violation');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    setProblem(null);
    try {
      const closesAt = closesOn ? `${closesOn}T00:00:00.000Z` : '';
      await postJson(`/api/councils/${encodeURIComponent(councilId)}/motions`, {
        kind,
        title,
        text,
        closesAt,
      });
      onDone();
    } catch (error) {
      setProblem(asProblemOf(error));
    }
  };
  return (
    <details className="authoring-details" data-testid="motion-form">
      <summary className="button">Put a motion to the council</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <p className="muted">
          The seats vote until the day voting closes; you close the motion then (or once every seat has
          voted), and the outcome is computed by the council's rule and logged.
        </p>
        <label>
          Kind{' '}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as MotionKind)}>
            {Object.entries(MOTION_KIND_WORDS).map(([k, words]) => (
              <option key={k} value={k}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <label>
          Title{' '}
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
        </label>
        <label>
          Text{' '}
          <textarea name="text" value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />
        </label>
        <label>
          Voting closes on{' '}
          <input type="date" name="closesOn" value={closesOn} onChange={(e) => setClosesOn(e.target.value)} />
        </label>
        <button type="submit" className="button">
          Open the motion
        </button>
        <ProblemLine problem={problem} />
      </form>
    </details>
  );
}
