// The log register in words: for each entry, who did what to which object of which process ("US mediation
// amended point 4 of “December framework” in “Russia–Ukraine”"). Names come from `EntryNames`, which resolves
// only what the reader may read (see entry-names.ts): an object the reader cannot see is described by its kind
// alone, never by its name. The time is the entry's own (shown beside these words).
import { type ConcordEvent, PAM_WORDS } from '@concord/core';
import { formatMinor } from '@concord/core/fund';
import { accountKeyFingerprint } from '@concord/core/signatures';

export type PointName = { number: string; versionId: string };

export type EntryNames = {
  /** Who acted, in words: a party's or member's name, "the operator", or "someone". */
  actor(actor: string): string;
  process(id: string | null | undefined): string | null;
  plan(id: string | null | undefined): string | null;
  version(id: string | null | undefined): string | null;
  point(id: string | null | undefined): PointName | null;
  party(id: string | null | undefined): string | null;
};

const quoted = (name: string | null, kind: string) => (name === null ? `a ${kind}` : `${kind} “${name}”`);

type Words = (event: ConcordEvent, n: EntryNames) => string;

function versionWords(n: EntryNames, id: string | null | undefined): string {
  return quoted(n.version(id), 'version');
}

function pointWords(n: EntryNames, id: string, versionId?: string | null): string {
  const point = n.point(id);
  const version = n.version(point?.versionId ?? versionId);
  const which = point === null ? 'a point' : `point ${point.number}`;
  return version === null ? which : `${which} of “${version}”`;
}

const fields = (changes: object) => Object.keys(changes).join(', ');

// Every event type has its own words (entry-words.test.ts checks each of core's EVENT_TYPES has an entry here;
// keyed by string so a type another change is adding can be worded before it lands).
const WORDS: Partial<Record<string, Words>> = {
  'process.created': (e, n) => `opened the ${quoted(n.process(dataId(e)), 'process')}`,
  'process.updated': (e, n) => `changed the ${quoted(n.process(dataId(e)), 'process')}`,
  'party.created': (e, n) => `added the ${quoted(n.party(dataId(e)), 'party')}`,
  'party.updated': (e, n) => `changed the ${quoted(n.party(dataId(e)), 'party')}`,
  'plan.created': (e, n) => `started the ${quoted(n.plan(dataId(e)), 'plan')}`,
  'plan.updated': (e, n) => `changed the ${quoted(n.plan(dataId(e)), 'plan')}`,
  'version.created': (e, n) => {
    if (e.type !== 'version.created') return '';
    const count = e.data.points.filter((p) => p.parentPointId === null).length;
    const plan = n.plan(e.data.version.planId);
    return `created ${versionWords(n, e.data.version.id)}${plan ? ` of the plan “${plan}”` : ''} with ${count} ${count === 1 ? 'point' : 'points'}`;
  },
  'version.updated': (e, n) =>
    e.type === 'version.updated' ? `changed ${versionWords(n, e.data.id)} (${fields(e.data.changes)})` : '',
  'point.created': (e, n) =>
    e.type === 'point.created' ? `added ${pointWords(n, e.data.id, e.data.versionId)}` : '',
  'point.updated': (e, n) => {
    if (e.type !== 'point.updated') return '';
    const { changes } = e.data;
    const target = pointWords(n, e.data.id, e.scope?.subjectId);
    if (changes.text !== undefined) return `amended ${target}`;
    if (changes.number !== undefined && Object.keys(changes).length === 1)
      return `renumbered ${target} (now ${changes.number})`;
    return `changed ${target} (${fields(changes)})`;
  },
  'point.removed': (e, n) =>
    e.type === 'point.removed' ? `removed ${pointWords(n, e.data.id, e.scope?.subjectId)}` : '',
  'version.withdrawn': (e, n) => `withdrew ${versionWords(n, dataId(e))}`,
  'commitment.created': (e, n) =>
    e.type === 'commitment.created'
      ? `added a commitment to ${pointWords(n, e.data.pointId, e.data.versionId)}`
      : '',
  'commitment.updated': (e, n) => `changed a commitment of ${versionWords(n, e.scope?.subjectId)}`,
  'commitment.removed': (e, n) => `removed a commitment from ${versionWords(n, e.scope?.subjectId)}`,
  'valuation.recorded': (e, n) =>
    e.type === 'valuation.recorded'
      ? `recorded ${partyOf(n, e.data.partyId)} confidential valuation of ${quoted(n.plan(e.data.planId), 'plan')}`
      : '',
  'position.recorded': (e, n) =>
    e.type === 'position.recorded'
      ? `recorded ${partyOf(n, e.data.partyId)} position (${e.data.stance.replaceAll('-', ' ')}) on ${pointWords(n, e.data.pointId, e.data.versionId)}${e.data.published ? ', published' : ''}`
      : '',
  'position.published': (e, n) =>
    e.type === 'position.published'
      ? `published ${partyOf(n, e.data.partyId)} position (${e.data.stance.replaceAll('-', ' ')}) on ${pointWords(n, e.data.pointId, e.data.versionId)}`
      : '',
  'membership.granted': (e, n) =>
    e.type === 'membership.granted'
      ? `made ${e.data.name} a ${e.data.role}${e.data.partyId && n.party(e.data.partyId) ? ` for ${n.party(e.data.partyId)}` : ''}`
      : '',
  'membership.changed': (e) =>
    e.type === 'membership.changed' ? `set a membership to ${e.data.status}` : '',
  'audience.changed': (e, n) => {
    if (e.type !== 'audience.changed') return '';
    const { subject, id } = e.data;
    const name = subject === 'process' ? n.process(id) : subject === 'plan' ? n.plan(id) : n.version(id);
    return `shared the ${quoted(name, subject)} more widely`;
  },
  'version.delivered': (e, n) =>
    e.type === 'version.delivered'
      ? `handed ${versionWords(n, e.data.versionId)} to ${n.party(e.data.partyId) ?? 'a party'} (delivered by ${e.data.deliveredBy})`
      : '',
  'consultation.recorded': (e) =>
    e.type === 'consultation.recorded' ? `recorded a ${e.data.kind} “${e.data.title}”` : '',
  'statement.recorded': (e) =>
    e.type === 'statement.recorded' ? `recorded a statement by ${e.data.speaker}` : '',
  'deadline.set': (e) => (e.type === 'deadline.set' ? `set the deadline “${e.data.title}”` : ''),
  'deadline.moved': (e) =>
    e.type === 'deadline.moved' ? `moved a deadline to ${e.data.to.slice(0, 10)}` : '',
  'deadline.closed': (e) =>
    e.type === 'deadline.closed' ? `closed a deadline (${e.data.outcome === 'met' ? 'met' : 'lifted'})` : '',
  'acceptability.marked': (e, n) =>
    e.type === 'acceptability.marked'
      ? `sealed ${partyOf(n, e.data.partyId)} marks on ${versionWords(n, e.data.versionId)}`
      : '',
  'council.created': (e) => (e.type === 'council.created' ? `set up the council “${e.data.name}”` : ''),
  'council.member-added': (e) =>
    e.type === 'council.member-added' ? `seated ${e.data.name} on a council as ${e.data.role}` : '',
  'motion.opened': (e) => (e.type === 'motion.opened' ? `opened the motion “${e.data.title}”` : ''),
  'vote.cast': (e) => (e.type === 'vote.cast' ? `cast a vote (${e.data.choice}) on a motion` : ''),
  'motion.closed': (e) => (e.type === 'motion.closed' ? `closed a motion (${e.data.outcome.result})` : ''),
  'commitment.tracked': (e, n) =>
    e.type === 'commitment.tracked'
      ? `put a commitment of ${versionWords(n, e.data.versionId)} under tracking`
      : '',
  'commitment.status-set': (e) =>
    e.type === 'commitment.status-set'
      ? `rated a commitment ${e.data.score} of 3 (${PAM_WORDS[e.data.score]}) from ${e.data.on}`
      : '',
  'milestone.recorded': (e) =>
    e.type === 'milestone.recorded'
      ? `recorded the milestone “${e.data.label}” (${e.data.occurredAt.slice(0, 10)})`
      : '',
  'incident.reported': (e) =>
    e.type === 'incident.reported'
      ? `reported an incident (${e.data.incident.subEventType}, ${e.data.incident.location.name}, ${e.data.incident.eventDate})`
      : '',
  'incident.status-changed': (e) =>
    e.type === 'incident.status-changed'
      ? `marked an incident ${e.data.to} (was ${e.data.from}): “${e.data.reason}”`
      : '',
  'restriction.recorded': (e) =>
    e.type === 'restriction.recorded'
      ? `recorded a restriction of the monitors' movement (${e.data.restriction.kind}, ${e.data.restriction.date})`
      : '',
  'report.filed': (e) =>
    e.type === 'report.filed'
      ? `filed a monitoring report for ${e.data.report.from} to ${e.data.report.to}`
      : '',
  // Guarantees: a case's change is logged by the server's runner (the operator), dated when it took effect.
  'guarantee.rules-set': (e) =>
    e.type === 'guarantee.rules-set'
      ? `set the guarantee rules (${e.data.rules.rules.map((r) => r.id).join(', ')})`
      : '',
  'guarantee.notified': (e) =>
    e.type === 'guarantee.notified'
      ? `recorded a notification by ${e.data.by}${e.data.against ? ` against ${e.data.against}` : ''}`
      : '',
  'guarantee.finding-recorded': (e) =>
    e.type === 'guarantee.finding-recorded'
      ? `entered the council's finding “${e.data.outcome}” (motion ${e.data.result}) in case ${e.data.case}`
      : '',
  'guarantee.case-changed': (e) => {
    if (e.type !== 'guarantee.case-changed') return '';
    const c = e.data.change;
    const what =
      c.kind === 'opened'
        ? 'opened'
        : c.kind === 'closed'
          ? `closed (${c.outcome})`
          : c.kind === 'consequence'
            ? `took effect: ${c.consequence.kind}`
            : c.kind === 'step-entered'
              ? `entered the step ${c.step}`
              : c.kind === 'defaulted'
                ? `reached the deadline of ${c.step} (default outcome)`
                : `${c.kind} at ${c.step}`;
    return `logged that case ${e.data.case} ${what} on ${c.at.slice(0, 10)}`;
  },
  // The fund's names and amounts are read by whoever reads the process, as its entries are.
  'fund.created': (e) => (e.type === 'fund.created' ? `set up the fund “${e.data.name}”` : ''),
  'fund.pledged': (e) =>
    e.type === 'fund.pledged'
      ? `recorded a pledge of ${formatMinor(e.data.amount, e.data.currency)} by ${e.data.donorName}`
      : '',
  'fund.paid': (e) =>
    e.type === 'fund.paid'
      ? `recorded a payment of ${formatMinor(e.data.amount, e.data.currency)} by ${e.data.donor}${e.data.flagged ? ', above its pledges (flagged)' : ''}`
      : '',
  'fund.allocated': (e) =>
    e.type === 'fund.allocated'
      ? `allocated ${formatMinor(e.data.amount, e.data.currency)} to the project ${e.data.projectName}`
      : '',
  'fund.disbursed': (e) =>
    e.type === 'fund.disbursed'
      ? `disbursed ${formatMinor(e.data.amount, e.data.currency)} to the project ${e.data.project} (its commitment at ${e.data.statusFound} of 3, ${e.data.condition.minStatus} required)`
      : '',
  'key.registered': (e) =>
    e.type === 'key.registered' ? `registered the signing key ${shortKey(e.data.publicKey)}` : '',
  'key.rotated': (e) =>
    e.type === 'key.rotated'
      ? `replaced a signing key with ${shortKey(e.data.publicKey)}, approved by the old key`
      : '',
  'key.revoked': (e) => (e.type === 'key.revoked' ? `revoked a signing key (“${e.data.reason}”)` : ''),
  'copy.released': (e, n) =>
    e.type === 'copy.released'
      ? `released a copy of ${versionWords(n, e.data.versionId)} to ${n.party(e.data.recipient.partyId) ?? 'a party'}`
      : '',
  'version.signed': (e, n) =>
    e.type === 'version.signed'
      ? `signed ${versionWords(n, e.data.versionId)} for ${n.party(e.data.partyId) ?? 'a party'}`
      : '',
};

/** The first two groups of a key's fingerprint, enough to tell keys apart in a sentence. */
function shortKey(publicKey: string): string {
  return accountKeyFingerprint(publicKey).split(' ').slice(0, 2).join(' ');
}

function dataId(e: ConcordEvent): string | null {
  const data = e.data as { id?: unknown };
  return typeof data.id === 'string' ? data.id : null;
}

function partyOf(n: EntryNames, partyId: string): string {
  const name = n.party(partyId);
  return name === null ? 'a party’s' : `${name}’s`;
}

/** The process an event belongs to, when it says so (its scope, or its own process id). */
function processOf(e: ConcordEvent): string | null {
  if (e.scope) return e.scope.processId;
  const data = e.data as { processId?: unknown };
  return typeof data.processId === 'string' ? data.processId : null;
}

/** "US mediation amended point 4 of “December framework” in “Russia–Ukraine”". */
export function entryWords(event: ConcordEvent, names: EntryNames): string {
  const words = WORDS[event.type];
  const what = words ? words(event, names) : `recorded a ${event.type.replace('.', ' ')} event`;
  const processId = processOf(event);
  const process = event.type === 'process.created' ? null : names.process(processId);
  return `${names.actor(event.actor)} ${what}${process ? ` in “${process}”` : ''}`;
}
