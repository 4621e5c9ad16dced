// The projector: applies one logged event to the read tables. Each entity's mapping lives in its own file.
import type { ConcordEvent } from '@concord/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { projectCommitment } from './commitment.ts';
import { projectParty } from './party.ts';
import { projectPlan } from './plan.ts';
import { projectPoint } from './point.ts';
import { projectProcess } from './process.ts';
import { projectVersion } from './version.ts';

export async function project(db: Kysely<Database>, event: ConcordEvent, logIndex: number): Promise<void> {
  switch (event.type) {
    case 'process.created':
    case 'process.updated':
      return projectProcess(db, event, logIndex);
    case 'party.created':
    case 'party.updated':
      return projectParty(db, event, logIndex);
    case 'plan.created':
    case 'plan.updated':
      return projectPlan(db, event, logIndex);
    case 'version.created':
    case 'version.updated':
      return projectVersion(db, event, logIndex);
    case 'point.created':
    case 'point.updated':
      return projectPoint(db, event, logIndex);
    case 'commitment.created':
    case 'commitment.updated':
      return projectCommitment(db, event, logIndex);
    default:
      return assertNever(event);
  }
}

function assertNever(event: never): never {
  throw new Error(`no projection for event ${JSON.stringify(event)}`);
}
