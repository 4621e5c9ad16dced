import { revealInvisible } from '@concord/core/text';
import { paths } from '../router/routes.ts';
import { fundEvent } from './describe-fund-event.ts';
import { copyEvent, guaranteeEvent } from './describe-guarantee-event.ts';
import { isRecord, str } from './read-loosely.ts';

export type EventDescription = { text: string; href: string | null };

/**
 * What a log event records, in words, with a link to the page of the object it concerns when there is one.
 * Reads the event defensively: it comes from the server (or a pasted copy), so any field may be missing.
 */
export function describeEvent(event: unknown): EventDescription {
  const type = isRecord(event) ? str(event.type) : null;
  const data = isRecord(event) && isRecord(event.data) ? event.data : {};
  if (type === null) return { text: 'an event of unknown type', href: null };
  const [noun = '', verb = ''] = type.split('.');
  const action = verb === 'created' ? 'the creation of' : verb === 'updated' ? 'a change to' : `${verb}:`;
  const id = str(data.id);
  switch (noun) {
    case 'process':
      return named(action, 'process', str(data.title), id && paths.process(id));
    case 'party': {
      const processId = str(data.processId);
      return named(action, 'party', str(data.name), processId && paths.process(processId));
    }
    case 'plan':
      return named(action, 'plan', str(data.title), id && paths.plan(id));
    case 'key':
      return keyEvent(verb, data);
    case 'version': {
      if (verb === 'signed')
        return {
          text: 'a signature on an agreed version, for a party',
          href: str(data.versionId) && paths.version(String(data.versionId)),
        };
      if (verb === 'delivered')
        return {
          text: `a version handed to a party${str(data.deliveredBy) ? ` by ${revealInvisible(String(data.deliveredBy))}` : ''}`,
          href: str(data.versionId) && paths.version(String(data.versionId)),
        };
      if (verb === 'withdrawn')
        return {
          text: `the withdrawal of a version${str(data.reason) ? `: ${revealInvisible(String(data.reason))}` : ''}`,
          href: id && paths.version(id),
        };
      const version = isRecord(data.version) ? data.version : data;
      const versionId = str(version.id);
      const points = Array.isArray(data.points) ? ` with ${countPoints(data.points)}` : '';
      const d = named(action, 'version', str(version.label), versionId && paths.version(versionId));
      return { ...d, text: d.text + points };
    }
    case 'point':
      // A removed point's page is gone; the entry names it by id only.
      if (verb === 'removed') return { text: 'the removal of a point from a working draft', href: null };
      return named(
        action,
        'point',
        str(data.number),
        str(data.versionId) && paths.version(String(data.versionId)),
      );
    case 'valuation':
      // Readable only by the party and the mediator: the plan is named by link, the values stay on their page.
      return {
        text:
          verb === 'recorded' ? 'a party’s confidential valuation of a plan' : `a valuation event (${verb})`,
        href: str(data.planId) && paths.plan(String(data.planId)),
      };
    case 'acceptability':
      // Sealed: only the party's own delegates read this entry; the marks stay on the version's page.
      return {
        text: verb === 'marked' ? 'your party’s sealed marks on a version' : `a sealed marks event (${verb})`,
        href: str(data.versionId) && paths.version(String(data.versionId)),
      };
    case 'position':
      // Shown only to whom the position reaches (private: its party's delegates and the mediators).
      return {
        text:
          verb === 'recorded'
            ? `a party’s position on a point${str(data.stance) ? ` (${String(data.stance).replaceAll('-', ' ')})` : ''}${data.published === true ? ', published' : ''}`
            : `a position event (${verb})`,
        href: str(data.versionId) && paths.version(String(data.versionId)),
      };
    case 'membership':
      if (verb === 'granted') {
        const processId = str(data.processId);
        const role = str(data.role);
        const d = named(
          'a new membership:',
          role ?? 'member',
          str(data.name),
          processId && paths.process(processId),
        );
        return d;
      }
      return {
        text:
          verb === 'changed' && str(data.status)
            ? `a membership ${membershipVerb(String(data.status))}`
            : `a membership event (${verb})`,
        href: null,
      };
    case 'audience': {
      const subject = str(data.subject);
      const href =
        id === null
          ? null
          : subject === 'process'
            ? paths.process(id)
            : subject === 'plan'
              ? paths.plan(id)
              : subject === 'version'
                ? paths.version(id)
                : null;
      return { text: `a ${subject ?? 'record'} shared more widely (${audienceWords(data.audience)})`, href };
    }
    case 'consultation':
      return {
        text: `a meeting or call${str(data.title) ? `: ${revealInvisible(String(data.title), { singleLine: true })}` : ''}`,
        href: str(data.processId) && paths.process(String(data.processId)),
      };
    case 'statement':
      return {
        text: `a public statement${str(data.speaker) ? ` by ${revealInvisible(String(data.speaker))}` : ''}`,
        href: str(data.processId) && paths.process(String(data.processId)),
      };
    case 'deadline':
      return {
        text:
          verb === 'set'
            ? `a deadline set${str(data.title) ? `: ${revealInvisible(String(data.title))}` : ''}`
            : verb === 'moved'
              ? 'a deadline moved'
              : verb === 'closed' && str(data.outcome)
                ? `a deadline ${data.outcome === 'met' ? 'met' : 'lifted'}`
                : `a deadline event (${verb})`,
        href: str(data.processId) && paths.process(String(data.processId)),
      };
    case 'commitment':
      if (verb === 'tracked' || verb === 'status-set' || type === 'milestone.recorded')
        return implementationEvent(
          type,
          data,
          isRecord(event) && isRecord(event.scope) ? str(event.scope.processId) : null,
        );
      return named(action, 'commitment', null, str(data.versionId) && paths.version(String(data.versionId)));
    case 'milestone':
      return implementationEvent(type, data, str(data.processId));
    case 'fund':
      return fundEvent(
        verb,
        data,
        isRecord(event) && isRecord(event.scope) ? str(event.scope.processId) : null,
      );
    case 'council':
    case 'motion':
    case 'vote':
      return councilEvent(
        type,
        data,
        isRecord(event) && isRecord(event.scope) ? str(event.scope.processId) : null,
      );
    case 'incident':
    case 'restriction':
    case 'report':
      return monitoringEvent(
        type,
        data,
        isRecord(event) && isRecord(event.scope) ? str(event.scope.processId) : null,
      );
    case 'copy':
      return copyEvent(data);
    case 'guarantee':
      return guaranteeEvent(verb, data);
    default:
      return { text: `a ${type} event`, href: null };
  }
}

// A council's events link to its process's council page (the process is the event's scope).
function councilEvent(
  type: string,
  data: Record<string, unknown>,
  processId: string | null,
): EventDescription {
  const href = processId && paths.council(processId);
  const line = (v: unknown) => revealInvisible(String(v), { singleLine: true });
  const outcome = isRecord(data.outcome) ? str(data.outcome.result) : null;
  const text =
    type === 'council.created'
      ? `a council set up${str(data.name) ? `: ${line(data.name)}` : ''}`
      : type === 'council.member-added'
        ? `a council seat added${str(data.name) ? `: ${line(data.name)}` : ''}`
        : type === 'motion.opened'
          ? `a motion opened${str(data.title) ? `: ${line(data.title)}` : ''}`
          : type === 'vote.cast'
            ? `a vote cast on a motion${str(data.choice) ? ` (${data.choice})` : ''}`
            : type === 'motion.closed'
              ? `a motion closed${outcome ? `: ${outcome.replace('-', ' ')}` : ''}`
              : `a ${type} event`;
  return { text, href };
}

// Monitoring entries link to the process's monitoring page (incidents, restrictions, reports).
function monitoringEvent(
  type: string,
  data: Record<string, unknown>,
  processId: string | null,
): EventDescription {
  const line = (v: unknown) => revealInvisible(String(v), { singleLine: true });
  const text =
    type === 'incident.reported'
      ? 'an incident reported'
      : type === 'incident.status-changed'
        ? `an incident marked ${str(data.to) ? line(data.to) : 'anew'}`
        : type === 'restriction.recorded'
          ? "a restriction of the monitors' movement recorded"
          : 'a monitoring report filed';
  return { text, href: processId ? paths.monitoring(processId) : null };
}

// Implementation entries link to the process's implementation page (tracked commitments, statuses, milestones).
function implementationEvent(
  type: string,
  data: Record<string, unknown>,
  processId: string | null,
): EventDescription {
  const href = processId && paths.implementation(processId);
  const score = typeof data.score === 'number' ? data.score : null;
  const text =
    type === 'commitment.tracked'
      ? 'a commitment put under implementation tracking'
      : type === 'commitment.status-set'
        ? `a commitment's status set${score === null ? '' : ` to ${score} of 3`}${str(data.on) ? ` from ${data.on}` : ''}`
        : `a milestone recorded${str(data.label) ? `: ${revealInvisible(String(data.label), { singleLine: true })}` : ''}`;
  return { text, href: href || null };
}

// An account's signing key: registered, replaced (approved by the old key) or revoked with a reason.
function keyEvent(verb: string, data: Record<string, unknown>): EventDescription {
  const text =
    verb === 'registered'
      ? 'a signing key registered for an account'
      : verb === 'rotated'
        ? 'a signing key replaced by a new one, approved by the old key'
        : verb === 'revoked'
          ? `a signing key revoked${str(data.reason) ? `: ${revealInvisible(String(data.reason), { singleLine: true })}` : ''}`
          : `a key event (${verb})`;
  return { text, href: null };
}

function membershipVerb(status: string): string {
  if (status === 'active') return 'reinstated';
  if (status === 'suspended') return 'suspended';
  if (status === 'ended') return 'ended';
  return `changed to ${status}`;
}

// Party ids only: the event names no party by name, and the reader may not know every party.
function audienceWords(audience: unknown): string {
  const kind = isRecord(audience) ? str(audience.kind) : null;
  if (kind === 'public') return 'now public';
  if (kind === 'process') return 'now everyone in the process';
  if (kind === 'parties' && isRecord(audience) && Array.isArray(audience.partyIds)) {
    const n = audience.partyIds.length;
    return n === 0 ? 'the mediators only' : `now the mediators and ${n} ${n === 1 ? 'party' : 'parties'}`;
  }
  return 'a new audience';
}

// The name is shown with its hidden characters revealed: an entry written before texts were checked may hold a
// right-to-left override that would otherwise reorder the whole line.
function named(action: string, kind: string, name: string | null, href: string | null): EventDescription {
  const shown = name === null ? null : revealInvisible(name, { singleLine: true });
  return { text: shown ? `${action} ${kind} “${shown}”` : `${action} a ${kind}`, href: href || null };
}

/** "28 points and 24 sub-points": top-level points are the ones a reader counts. */
function countPoints(points: unknown[]): string {
  const sub = points.filter(
    (p) => isRecord(p) && p.parentPointId !== null && p.parentPointId !== undefined,
  ).length;
  const top = points.length - sub;
  const main = `${top} ${top === 1 ? 'point' : 'points'}`;
  return sub === 0 ? main : `${main} and ${sub} ${sub === 1 ? 'sub-point' : 'sub-points'}`;
}
