// Group commit: concurrent writers queue, and one runner commits them in groups — one database transaction, one
// signed checkpoint and one durable COMMIT for every command waiting when the group starts — as transparency logs
// such as Tessera batch their sequencing. Each command still runs on its own inside the group, behind a savepoint:
// one that throws is rolled back to its savepoint and refused alone, the others are kept. Nobody is answered before
// the group's COMMIT, so an acknowledged write is as durable as it was with a transaction each. A writer that finds
// nobody waiting runs at once and alone, exactly as before (no savepoint, no wait): an idle server's single write
// costs what it did.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { LogWriter } from './log-writer.ts';

/** One queued command: what it does inside the transaction, and how its caller is answered. */
type Job<T = unknown> = {
  run: (trx: Transaction<Database>, writer: LogWriter) => Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
};

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Runs `body` in one transaction under the writer lock with a fresh writer, signs the group's checkpoint and
 * commits; settles once the COMMIT has (or has not) happened.
 */
export type GroupTransaction = (body: (group: Group) => Promise<void>) => Promise<void>;

/** What a group's commands run in: the transaction, its writer, and the savepoint that fences each command. */
export type Group = {
  trx: Transaction<Database>;
  writer: LogWriter;
  savepoint(step: 'savepoint' | 'rollback to savepoint' | 'release savepoint'): Promise<void>;
};

/** A group in a database transaction. */
export function groupIn(trx: Transaction<Database>, writer: LogWriter): Group {
  return {
    trx,
    writer,
    savepoint: async (step) => {
      await sql`${sql.raw(step)} concord_write`.execute(trx);
    },
  };
}

export type WriteGroups = {
  submit<T>(run: (trx: Transaction<Database>, writer: LogWriter) => Promise<T>): Promise<T>;
  /** Resolves once nothing is queued or being committed. */
  settled(): Promise<void>;
};

/** At most this many commands in one group, so a queue under load still commits every few milliseconds. */
const MAX_GROUP = 64;

export function writeGroups(transaction: GroupTransaction, maxGroup = MAX_GROUP): WriteGroups {
  if (!Number.isSafeInteger(maxGroup) || maxGroup < 1)
    throw new RangeError(`a write group holds at least one write, not ${maxGroup}`);
  const waiting: Job[] = [];
  let running = false;
  let idle: Promise<void> = Promise.resolve();
  const drain = async () => {
    if (running) return;
    running = true;
    let done = () => {};
    idle = new Promise((resolve) => {
      done = resolve;
    });
    try {
      while (waiting.length > 0) {
        // One turn of the event loop first: requests already received reach their own `transact` and join this
        // group. Without it nothing would ever wait on PGlite, whose queries run in this thread: a whole
        // transaction can complete before another request's handler gets to run. Idle, the turn costs microseconds.
        await new Promise((resolve) => setImmediate(resolve));
        await commitGroup(transaction, waiting.splice(0, maxGroup));
      }
    } finally {
      running = false;
      done();
    }
  };
  return {
    submit<T>(run: Job<T>['run']) {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ run, resolve, reject } as Job);
        void drain();
      });
    },
    settled: () => idle,
  };
}

async function commitGroup(transaction: GroupTransaction, jobs: Job[]): Promise<void> {
  const outcomes: Outcome[] = [];
  try {
    await transaction(async (group) => {
      // Alone, a command is its transaction: if it throws, everything rolls back as it always did.
      if (jobs.length === 1) {
        const value = await (jobs[0] as Job).run(group.trx, group.writer);
        outcomes.push({ ok: true, value });
        return;
      }
      for (const job of jobs) outcomes.push(await runBehindSavepoint(group, job));
    });
  } catch (error) {
    // The COMMIT (or the group's checkpoint) failed, or a lone command threw: nobody in the group is acknowledged.
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      job.reject(outcome && !outcome.ok ? outcome.error : error);
    });
    return;
  }
  jobs.forEach((job, i) => {
    const outcome = outcomes[i] as Outcome;
    if (outcome.ok) job.resolve(outcome.value);
    else job.reject(outcome.error);
  });
}

/**
 * Runs one command of a group: its rows are written before its savepoint is released (so a conflict in them is
 * its own refusal, never the next command's), and on any error the database and the writer go back to where they
 * stood before it.
 */
async function runBehindSavepoint(group: Group, job: Job): Promise<Outcome> {
  const { writer } = group;
  await writer.flush();
  const mark = writer.mark();
  await group.savepoint('savepoint');
  try {
    const value = await job.run(group.trx, writer);
    await writer.flush();
    await group.savepoint('release savepoint');
    return { ok: true, value };
  } catch (error) {
    await group.savepoint('rollback to savepoint');
    await group.savepoint('release savepoint');
    writer.reset(mark);
    return { ok: false, error };
  }
}
