// Records a party's sealed marks on a version: which wordings of each contested point it could accept. One
// transaction, one `acceptability.marked` event whose body only the party's delegates read. The marks replace
// the party's previous ones whole (a point left out is unmarked); they can change until the version is final.
// Nothing here reads another party's marks, so what the caller gets back (answer, error, time) cannot depend
// on them.
import {
  AcceptabilityInput,
  type AcceptabilityInput as AcceptabilityInputType,
  type AcceptabilityRecord,
  Id,
  newEvent,
  type OwnAcceptability,
  partiesAudience,
  uuidv7,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { conflict, type FieldError, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { answerOn, type MarkingRound, markingRound, ownAnswer, wordingKey } from './acceptability-round.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type MarkAcceptabilityInput = { versionId: string; partyId?: string | undefined; points?: unknown };

/** At most this many field errors are listed. */
const MAX_REPORTED_ERRORS = 100;

export async function markAcceptability(
  ctx: CommandContext,
  input: MarkAcceptabilityInput,
): Promise<OwnAcceptability> {
  const { versionId, partyId, ...fields } = (input ?? {}) as MarkAcceptabilityInput;
  const id = validate(Id, versionId, ['versionId']);
  const asked = partyId === undefined ? undefined : validate(Id, partyId, ['partyId']);
  const marks = validate(AcceptabilityInput, fields);
  return writeAs(ctx, async (tx) => {
    const { entity: version, plan } = await markableVersion(ctx, tx, id);
    const party = await markingParty(ctx, tx, version.id, plan.processId, version.audience, asked);
    const round = await markingRound(tx, version, plan);
    if (!round.parties.some((p) => p.id === party.id))
      throw ruleBroken(
        `${party.name} does not mark this version: only the negotiating parties it is shared with do`,
      );
    if (!round.open)
      throw conflict(`version ${version.id} is final or withdrawn: its marks can no longer change`);
    const points = normalise(round, marks);
    const existing = await tx.acceptability.get(version.id, party.id);
    const record: AcceptabilityRecord = {
      id: existing?.id ?? uuidv7(ctx.clock().getTime()),
      processId: plan.processId,
      planId: plan.id,
      versionId: version.id,
      partyId: party.id,
      points,
    };
    const grant = permit(
      ctx,
      'mark',
      'acceptability',
      { processId: plan.processId, audience: version.audience, partyId: party.id },
      { what: 'acceptability of version', id: version.id },
    );
    // The subject is the marks themselves, never the version: sharing the version must not widen them.
    const scope = { processId: plan.processId, subjectId: record.id, audience: partiesAudience([party.id]) };
    await tx.appendEvent(newEvent('acceptability.marked', record, stamp(ctx, grant, scope)));
    const stored = await mustExist('acceptability', record.id, () =>
      tx.acceptability.get(version.id, party.id),
    );
    return ownAnswer(round, party, stored);
  });
}

/** The version, if the caller reads it (else 404, as for any object it may not see). */
export async function markableVersion(
  ctx: Pick<CommandContext, 'principal'>,
  repos: Repositories,
  id: string,
) {
  const subject = await versionSubject(repos, id);
  permit(ctx, 'read', 'version', subject.resource, { what: 'version', id });
  return subject;
}

/**
 * The party the caller marks for (or reads the marks of): the one named, or else the one party it is a delegate
 * of in the process. Refused (403) unless the caller is an active delegate of that party who reads the version.
 */
export async function markingParty(
  ctx: Pick<CommandContext, 'principal'>,
  repos: Repositories,
  versionId: string,
  processId: string,
  audience: MarkingRound['version']['audience'],
  asked: string | undefined,
) {
  const own =
    ctx.principal?.kind === 'account'
      ? ctx.principal.memberships.filter(
          (m) => m.processId === processId && m.status === 'active' && m.role === 'delegate',
        )
      : [];
  const ownParties = [...new Set(own.map((m) => m.partyId).filter((p): p is string => p !== null))];
  if (asked === undefined && ownParties.length > 1)
    throw ruleBroken('you are a delegate of several parties here: name the party with ?partyId=', [
      { path: 'partyId', message: 'required when you act for several parties' },
    ]);
  const partyId = asked ?? ownParties[0] ?? null;
  const resource = { processId, audience, partyId };
  permit(ctx, 'read-own', 'acceptability', resource, { what: 'acceptability of version', id: versionId });
  return mustExist('party', partyId as string, (p) => repos.parties.get(p));
}

/**
 * Checks the marks against the round (every point a contested point of the version, every wording named by a
 * version that can give the point that wording, one answer per wording) and writes each answer under its
 * wording's key. Errors depend only on the request and the round, never on anyone's marks.
 */
function normalise(round: MarkingRound, marks: AcceptabilityInputType): AcceptabilityRecord['points'] {
  const index = new Map(round.domain.issuesMeta.map((meta, i) => [meta.lineageId, i]));
  const errors: FieldError[] = [];
  const points = marks.points.flatMap((p, n) => {
    const i = index.get(p.lineageId);
    if (i === undefined) {
      errors.push({ path: `points.${n}.lineageId`, message: 'is not a contested point of this version' });
      return [];
    }
    const options = round.domain.optionsMeta[i] ?? [];
    for (const key of Object.keys(p.wordings))
      if (!options.some((o) => o.versionIds.includes(key)))
        errors.push({
          path: `points.${n}.wordings.${key}`,
          message: 'is not a version whose wording of this point can be marked here',
        });
    const answers = options.map((o) => answerOn(o, p.wordings));
    for (const o of options) {
      const said = o.versionIds.filter((v) => Object.hasOwn(p.wordings, v)).map((v) => p.wordings[v]);
      if (new Set(said).size > 1)
        errors.push({
          path: `points.${n}.wordings.${wordingKey(o)}`,
          message: `"${o.label}" is named twice with different answers: one wording takes one answer`,
        });
    }
    // Each answer is written under every version that gives the wording, so it survives a version withdrawn.
    const wordings = Object.fromEntries(
      options.flatMap((o, k) => {
        const said = answers[k];
        return said === undefined ? [] : o.versionIds.map((id) => [id, said] as const);
      }),
    );
    return [{ lineageId: p.lineageId, wordings }];
  });
  if (errors.length > 0)
    throw ruleBroken('the marks name points or wordings this version does not have', capped(errors));
  return points;
}

function capped(errors: FieldError[]): FieldError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const more = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: 'points', message: `and ${more} more like these` },
  ];
}
