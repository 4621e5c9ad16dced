// Councils with their seats, motions and votes, scoped in SQL by the council's audience (every row under a
// council carries it). An open motion's outcome is computed from its votes as they stand (core's decideMotion,
// not final); a closed one's is the outcome its `motion.closed` event logged.
import {
  type Council,
  CouncilMember,
  CouncilRecord,
  decideMotion,
  isUuid,
  type Motion,
  MotionOutcome,
  type ReadScope,
  Vote,
} from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { CouncilRepository } from '../store.ts';
import { ALL_ROWS, rowAudience, visibleTo } from './scope.ts';

type Rows = {
  council: Selectable<Database['councils']>;
  members: Selectable<Database['council_members']>[];
  motions: Selectable<Database['motions']>[];
  votes: Selectable<Database['council_votes']>[];
};

function toCouncil({ council, members, motions, votes }: Rows): Council {
  const record = CouncilRecord.parse({
    id: council.id,
    processId: council.process_id,
    name: council.name,
    mandate: council.mandate,
    rule: council.rule,
  });
  const seats = members.map((m) =>
    CouncilMember.parse({
      id: m.id,
      councilId: m.council_id,
      name: m.name,
      role: m.role,
      partyId: m.party_id,
      accountId: m.account_id,
      logIndex: m.log_index,
    }),
  );
  const toMotion = (m: Rows['motions'][number]): Motion => {
    const cast = votes.filter((v) => v.motion_id === m.id).map(toVote);
    const outcome =
      m.outcome === null
        ? decideMotion(record.rule, seats, cast, { final: false })
        : MotionOutcome.parse(m.outcome);
    const { id, kind, title, text } = m;
    const times = { openedAt: m.opened_at, closesAt: m.closes_at, closedAt: m.closed_at };
    return {
      id,
      councilId: m.council_id,
      kind,
      title,
      text,
      ...times,
      votes: cast,
      outcome,
      logIndex: m.log_index,
    } as Motion;
  };
  return {
    ...record,
    members: seats,
    motions: motions.map(toMotion),
    audience: rowAudience(council),
    logIndex: council.log_index,
  };
}

function toVote(v: Rows['votes'][number]): Vote {
  return Vote.parse({
    id: v.id,
    motionId: v.motion_id,
    memberId: v.member_id,
    choice: v.choice,
    reason: v.reason,
    recordedBy: v.recorded_by,
    actor: v.actor,
    castAt: v.cast_at,
    logIndex: v.log_index,
  });
}

export function councilRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): CouncilRepository {
  const load = async (councils: Selectable<Database['councils']>[]): Promise<Council[]> => {
    if (councils.length === 0) return [];
    const ids = councils.map((c) => c.id);
    const members = await db
      .selectFrom('council_members')
      .selectAll()
      .where('council_id', 'in', ids)
      .orderBy('log_index')
      .execute();
    const motions = await db
      .selectFrom('motions')
      .selectAll()
      .where('council_id', 'in', ids)
      .orderBy('opened_at')
      .orderBy('id')
      .execute();
    const motionIds = motions.map((m) => m.id);
    const votes =
      motionIds.length === 0
        ? []
        : await db
            .selectFrom('council_votes')
            .selectAll()
            .where('motion_id', 'in', motionIds)
            .orderBy('log_index')
            .execute();
    return councils.map((council) =>
      toCouncil({
        council,
        members: members.filter((m) => m.council_id === council.id),
        motions: motions.filter((m) => m.council_id === council.id),
        votes,
      }),
    );
  };
  const select = () => db.selectFrom('councils').selectAll().where(visibleTo(scope, 'councils'));
  const one = async (id: string) => (await load(await select().where('id', '=', id).execute()))[0] ?? null;
  return {
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      return load(await select().where('process_id', '=', processId).orderBy('log_index').execute());
    },
    async get(id) {
      return isUuid(id) ? one(id) : null;
    },
    async getByMotion(motionId) {
      if (!isUuid(motionId)) return null;
      const motion = await db
        .selectFrom('motions')
        .select('council_id')
        .where('id', '=', motionId)
        .executeTakeFirst();
      return motion ? one(motion.council_id) : null;
    },
  };
}
