// A process's transparency page as the public reads it: the signed agreement (each final version, its hash and
// signatures), the latest status of each tracked commitment, the verified incidents, each fund's totals per
// currency and the council's decisions, each with the index of the log entry that proves it. The reader given
// must be the public's (store.readAs(null)): nothing here is filtered again, the queries already hold only rows
// the public may read. Nothing depends on the clock or on tables beside the log, so the read cache may keep it.
import {
  type Council,
  eventVisibility,
  type Party,
  type Process,
  statusOn,
  type TrackedCommitment,
  type TransparencyAnswer,
  type TransparentDecision,
  type TransparentIncident,
} from '@concord/core';
import { fundView } from '@concord/core/fund';
import type { IncidentEntry } from '@concord/core/monitoring';
import { versionHash } from '@concord/core/signatures';
import type { LogEntry, Repositories } from '@concord/db';
import { mustExist } from './lookups.ts';

// log.about's page: an object with more entries than this has its newest proofs looked for in later pages.
const PAGE = 1000;
const LAST_DAY = '9999-12-31';

export async function readTransparency(
  publicReader: Repositories,
  processId: string,
): Promise<TransparencyAnswer> {
  const process: Process = await mustExist('process', processId, (id) => publicReader.processes.get(id));
  const parties = await publicReader.parties.listByProcess(processId);
  return {
    process: {
      id: process.id,
      title: process.title,
      description: process.description,
      logIndex: process.logIndex,
    },
    agreements: await agreements(publicReader, processId),
    commitments: commitments(await publicReader.tracking.listByProcess(processId), parties),
    incidents: await verifiedIncidents(publicReader, processId),
    funds: (await publicReader.funds.listByProcess(processId)).map(fundTotals),
    decisions: await decisions(publicReader, processId),
  };
}

async function agreements(reader: Repositories, processId: string) {
  const found: TransparencyAnswer['agreements'] = [];
  for (const plan of await reader.plans.listByProcess(processId))
    for (const v of await reader.versions.listByPlan(plan.id)) {
      if (v.status !== 'final' || v.withdrawal !== null) continue;
      const signatures = (await reader.keys.signatures(v.id)).map((s) => ({
        partyName: s.partyName,
        fingerprint: s.fingerprint,
        signedAt: s.signedAt,
        logIndex: s.logIndex,
      }));
      found.push({
        planId: plan.id,
        planTitle: plan.title,
        versionId: v.id,
        label: v.label,
        versionHash: versionHash(v.id, await reader.points.listByVersion(v.id)),
        logIndex: v.logIndex,
        signatures,
      });
    }
  return found;
}

/** Each tracked commitment's newest status (by the day it holds from, then log order), obligors named. */
function commitments(tracked: TrackedCommitment[], parties: Party[]): TransparencyAnswer['commitments'] {
  const names = new Map(parties.map((p) => [p.id, p.name]));
  return tracked.map((t) => {
    const latest = statusOn(t.statuses, LAST_DAY);
    return {
      commitmentId: t.commitmentId,
      obligor: names.get(t.obligor) ?? t.obligor,
      action: t.action,
      score: latest?.score ?? null,
      on: latest?.on ?? null,
      reason: latest?.reason ?? '',
      logIndex: latest?.logIndex ?? t.logIndex,
    };
  });
}

async function verifiedIncidents(reader: Repositories, processId: string): Promise<TransparentIncident[]> {
  const verified = (await reader.monitoring.incidents(processId)).filter((i) => i.status === 'verified');
  const found: TransparentIncident[] = [];
  for (const entry of verified) found.push(await verifiedIncident(reader, entry));
  return found;
}

async function verifiedIncident(reader: Repositories, entry: IncidentEntry): Promise<TransparentIncident> {
  const { incident } = entry;
  const move = entry.changes.findLast((c) => c.to === 'verified');
  // The row's own index is its newest event's: the report and the verifying move are looked up in the log.
  const about = await allAbout(reader, entry.id);
  const reported = about.find((e) => e.event.type === 'incident.reported');
  const proof = about.findLast(
    (e) => e.event.type === 'incident.status-changed' && e.event.data.to === 'verified',
  );
  if (move === undefined || proof === undefined || reported === undefined)
    throw new Error(`incident ${entry.id}: verified without its entries`);
  return {
    id: entry.id,
    eventDate: incident.eventDate,
    eventType: incident.eventType,
    subEventType: incident.subEventType,
    actor1: incident.actor1,
    actor2: incident.actor2,
    place: incident.location.name,
    admin1: incident.location.admin1,
    fatalities: incident.fatalities,
    verifiedAt: move.at,
    reason: move.reason,
    logIndex: proof.index,
    reportedLogIndex: reported.index,
  };
}

function fundTotals(fund: Parameters<typeof fundView>[0]): TransparencyAnswer['funds'][number] {
  const view = fundView(fund);
  return {
    id: fund.id,
    name: fund.name,
    illustrative: fund.illustrative,
    currencies: view.balances.currencies,
    logIndex: fund.logIndex,
    lastOperationLogIndex: fund.operations.at(-1)?.logIndex ?? null,
  };
}

async function decisions(reader: Repositories, processId: string): Promise<TransparentDecision[]> {
  const found: TransparentDecision[] = [];
  for (const council of await reader.councils.listByProcess(processId)) {
    const closed = council.motions.filter((m) => m.closedAt !== null);
    if (closed.length === 0) continue;
    const closings = await closingEntries(reader, council);
    for (const m of closed) {
      const logIndex = closings.get(m.id);
      if (logIndex === undefined) throw new Error(`motion ${m.id}: closed without its entry`);
      const { result, tally, reasons } = m.outcome;
      found.push({
        councilId: council.id,
        councilName: council.name,
        motionId: m.id,
        kind: m.kind,
        title: m.title,
        result,
        tally,
        reasons,
        closedAt: m.closedAt as string,
        logIndex,
      });
    }
  }
  return found.sort((a, b) => a.logIndex - b.logIndex);
}

/** The `motion.closed` entries of a council (its events name the council as their subject), by motion. */
async function closingEntries(reader: Repositories, council: Council): Promise<Map<string, number>> {
  const closings = new Map<string, number>();
  for (const e of await allAbout(reader, council.id))
    if (e.event.type === 'motion.closed') closings.set(e.event.data.id, e.index);
  return closings;
}

/** Every entry about a subject, oldest first: about() pages by PAGE from the first, so a full page asks again. */
async function allAbout(reader: Repositories, subjectId: string): Promise<LogEntry[]> {
  const first = await reader.log.about(subjectId, PAGE);
  if (first.length < PAGE) return first;
  // about() has no offset: past a page, read the log from the last entry seen, keeping this subject's.
  const more: LogEntry[] = [];
  let from = (first.at(-1) as LogEntry).index + 1;
  for (;;) {
    const page = await reader.log.entries(from, PAGE);
    if (page.length === 0) break;
    for (const e of page) if (eventVisibility(e.event).subjectId === subjectId) more.push(e);
    from = (page.at(-1) as LogEntry).index + 1;
  }
  return [...first, ...more];
}
