// The one policy: for each kind of resource, each action it knows and the rule that allows it. Every command asks
// it before writing, every presenter asks it for the caller's abilities, and the store's scoped reads apply the
// same `sees` rule in SQL. Nothing outside this table decides who may do what.
import type { Audience } from '../schemas/audience.ts';
import type { Principal } from '../schemas/principal.ts';
import {
  delegateOf,
  either,
  type Grant,
  leadMediator,
  mediator,
  member,
  nobody,
  operator,
  type Rule,
  sees,
} from './rules.ts';

type InProcess = { processId: string };
type Shared = InProcess & { audience: Audience };

/** What a rule sees of each kind of resource. */
export type Resources = {
  /** The deployment itself: opening processes. */
  platform: Record<string, never>;
  process: Shared;
  party: Shared;
  plan: Shared;
  /** Points and commitments are edited as part of their version. */
  version: Shared;
  /** A deadline on a process or a version, shared like what it is on (or narrower). */
  deadline: Shared;
  /** One party's confidential valuation of a plan. */
  valuation: InProcess & { partyId: string };
  analysis: InProcess;
  membership: InProcess & { accountId: string };
  /**
   * One party's position on a point: `audience` is the point's version's. Private unless `published` (only the
   * party's own delegates publish; a mediator records for any party, privately).
   */
  position: Shared & { partyId: string; published: boolean };
  /**
   * `valuationOf`: the party whose confidential valuation the entry records, when it records one; `positionOf`:
   * the party whose private position it records (null for a published one, which reads like its point).
   */
  /**
   * Sealed acceptability on a version (`audience` is the version's): `partyId` the party whose own marks are
   * asked for (null when only the common result is).
   */
  acceptability: Shared & { partyId: string | null };
  /** A council: `chairAccounts` the accounts holding its chair (they open and close motions). */
  council: Shared & { chairAccounts: string[] };
  /** One seat of a council: the account that votes for it (if any) and whether it votes at all. */
  'council-seat': Shared & { accountId: string | null; role: 'chair' | 'member' | 'observer' };
  'log-entry': Shared & { valuationOf?: string | null; positionOf?: string | null; marksOf?: string | null };
};
export type ResourceKind = keyof Resources;

const readable: Rule<Shared> = (p, r) => sees(p, r.processId, r.audience);
const monitorOrMediator = (p: Principal | null, r: InProcess) =>
  member(p, r.processId, ['monitor', 'mediator']);
const ownOrMediated: Rule<InProcess & { partyId: string }> = either<InProcess & { partyId: string }>(
  mediator,
  (p, r) => delegateOf(p, r.processId, r.partyId),
);

export const POLICY = {
  platform: {
    'open-process': (p) =>
      operator(p) ?? (p?.kind === 'account' && p.mayOpenProcesses ? { membership: null } : null),
    // Witnesses serve the whole deployment: its operator or any active mediator registers one.
    'register-witness': (p) => {
      if (p?.kind !== 'account') return operator(p);
      const m = p.memberships.find((x) => x.role === 'mediator' && x.status === 'active');
      return m ? { membership: m } : null;
    },
  },
  process: {
    read: readable,
    update: mediator,
    share: leadMediator,
    'add-party': mediator,
    'create-plan': mediator,
    'record-consultation': mediator,
    'record-statement': mediator,
    'set-deadline': mediator,
    'create-council': mediator,
    // Milestones (signature, acceptance) that commitments' due rules count from.
    'record-milestone': either(operator, mediator),
    // Monitoring: the process's monitors and mediators (and the operator) report incidents (one by one or from
    // an ACLED file), move them through verification, record restrictions of the monitors' movement and file
    // reports. A report's statuses are proposals; a mediator applies them with 'set-commitment-status'.
    'report-incident': either(operator, monitorOrMediator),
    'verify-incident': either(operator, monitorOrMediator),
    'record-restriction': either(operator, monitorOrMediator),
    'file-report': either(operator, monitorOrMediator),
    // The reconstruction fund, kept simple: the mediators (and the operator) set funds up and record every
    // operation from the donors' and the projects' own papers; donors read it like anyone reading the process.
    'create-fund': either(operator, mediator),
    'record-fund-operation': either(operator, mediator),
    // Guarantees: the mediators (and the operator) set the process's rules and enter a council's finding on a
    // case; a party notifies through its delegates (the command holds it to its own party), or a mediator records
    // a party's notification from its letter.
    'set-guarantee-rules': either(operator, mediator),
    'record-guarantee-finding': either(operator, mediator),
    'notify-guarantee': (p, r) => readable(p, r) && either(mediator, ownDelegate)(p, r),
    'read-members': (p, r) => sees(p, r.processId, { kind: 'process' }),
    'manage-members': either(operator, leadMediator),
  },
  party: { read: readable, update: mediator },
  plan: { read: readable, update: mediator, share: leadMediator, 'create-version': mediator },
  version: {
    read: readable,
    update: mediator,
    share: leadMediator,
    edit: mediator,
    withdraw: mediator,
    deliver: mediator,
    // Implementation of an agreed version's commitments: kept simple for now — the mediators (and the operator)
    // put commitments under tracking and set their Peace Accords Matrix status; monitors will join them.
    'track-commitment': (p, r) => readable(p, r) && either(operator, mediator)(p, r),
    'set-commitment-status': (p, r) => readable(p, r) && either(operator, mediator)(p, r),
    // Signing an agreed text: a delegate of a party, for that party (the grant's membership names it), never a
    // mediator or the operator.
    sign: (p, r) => readable(p, r) && ownDelegate(p, r),
  },
  deadline: { read: readable, update: mediator },
  valuation: { read: ownOrMediated, record: ownOrMediated },
  // Recorded on a point the caller reads, by the party's delegates or any mediator; read, unless published, by
  // the party's delegates and the mediators only (not an observer or intermediary acting for the party).
  position: {
    read: (p, r) => readable(p, r) && (r.published ? readable(p, r) : ownOrMediated(p, r)),
    record: (p, r) => readable(p, r) && ownOrMediated(p, r),
    publish: (p, r) => readable(p, r) && delegateOf(p, r.processId, r.partyId),
  },
  // A party's marks are sealed: its own delegates mark and read them, nobody else (no mediator, no observer or
  // intermediary for the party, not the operator through the API). What every party accepts is read by every
  // member of the process who reads the version.
  acceptability: {
    read: (p, r) => sees(p, r.processId, PROCESS_WIDE) && readable(p, r),
    'read-own': ownMarks,
    mark: ownMarks,
  },
  // Mediators set a council up; its chair (an account with a council membership holding the chair's seat) or a
  // mediator opens and closes motions; a mediator may record a vote from the council's own minutes.
  council: {
    read: readable,
    'add-member': (p, r) => readable(p, r) && mediator(p, r),
    'open-motion': (p, r) => readable(p, r) && either(mediator, chairOf)(p, r),
    'close-motion': (p, r) => readable(p, r) && either(mediator, chairOf)(p, r),
    'record-vote': (p, r) => readable(p, r) && mediator(p, r),
  },
  // A seat votes through the account that holds it, acting in its council membership; an observer never votes.
  'council-seat': {
    read: readable,
    vote: (p, r) => (readable(p, r) && r.role !== 'observer' ? seatHolder(p, r) : null),
  },
  analysis: {
    /** The joint results are functions of every party's valuation: the mediators only. */
    'read-full': mediator,
    /** A party's own utility, computed from its own valuation alone. */
    'read-own': either(mediator, ownDelegate),
  },
  membership: {
    read: (p, r) => sees(p, r.processId, { kind: 'process' }),
    manage: either(operator, leadMediator),
    /** Personal API tokens act for one membership: its own holder issues and revokes them (or the operator). */
    'issue-token': either(operator, holder),
    'revoke-token': either(operator, holder),
  },
  // An entry's body is read like its object: a valuation's, or a private position's, by its party's delegates
  // and the mediators only.
  'log-entry': {
    read: (p, r) => {
      if (r.marksOf) return delegateOf(p, r.processId, r.marksOf);
      if (r.valuationOf) return ownOrMediated(p, { processId: r.processId, partyId: r.valuationOf });
      if (r.positionOf)
        return readable(p, r) && ownOrMediated(p, { processId: r.processId, partyId: r.positionOf });
      return readable(p, r);
    },
  },
} satisfies { [K in ResourceKind]: Record<string, Rule<Resources[K]>> };

const PROCESS_WIDE: Audience = { kind: 'process' };

// A council member of the process whose account holds the seat.
function seatHolder(p: Principal | null, r: InProcess & { accountId: string | null }): Grant | null {
  if (p?.kind !== 'account' || r.accountId === null || p.accountId !== r.accountId) return null;
  return member(p, r.processId, ['council']);
}

function chairOf(p: Principal | null, r: InProcess & { chairAccounts: string[] }): Grant | null {
  if (p?.kind !== 'account' || !r.chairAccounts.includes(p.accountId)) return null;
  return member(p, r.processId, ['council']);
}

// A delegate of the party whose marks these are, who also reads the version.
function ownMarks(p: Principal | null, r: Resources['acceptability']): Grant | null {
  if (r.partyId === null || !readable(p, r)) return null;
  return delegateOf(p, r.processId, r.partyId);
}

// The account that holds the membership (whatever its status: a suspended holder may still revoke its tokens).
function holder(p: Principal | null, r: InProcess & { accountId: string }): Grant | null {
  return p?.kind === 'account' && p.accountId === r.accountId ? { membership: null } : null;
}

// A delegate of any party of the process, for answers computed from that party's own data only.
function ownDelegate(p: Principal | null, r: InProcess): Grant | null {
  if (p?.kind !== 'account') return null;
  const own = p.memberships.find(
    (m) => m.processId === r.processId && m.status === 'active' && m.role === 'delegate',
  );
  return own ? { membership: own } : null;
}

export type Action<K extends ResourceKind> = keyof (typeof POLICY)[K] & string;

/**
 * The answer to "may this principal do this?": allowed with the membership it acts in (recorded as the event's
 * actor), or refused, saying whether the caller may at least see the resource (403) or not (404: an object the
 * caller may not see does not exist for it).
 */
export type Decision = { allowed: true; grant: Grant } | { allowed: false; visible: boolean };

export function authorize<K extends ResourceKind>(
  principal: Principal | null,
  action: Action<K>,
  kind: K,
  resource: Resources[K],
): Decision {
  const rules = POLICY[kind] as Record<string, Rule<Resources[K]>>;
  const rule = rules[action] ?? nobody;
  const grant = rule(principal, resource);
  if (grant) return { allowed: true, grant };
  const read = rules.read;
  const visible = kind === 'platform' || (read !== undefined && read(principal, resource) !== null);
  return { allowed: false, visible };
}

export function can<K extends ResourceKind>(
  principal: Principal | null,
  action: Action<K>,
  kind: K,
  resource: Resources[K],
): boolean {
  return authorize(principal, action, kind, resource).allowed;
}

/** Every action the principal may take on a resource: the abilities a presenter sends to the client. */
export function abilities<K extends ResourceKind>(
  principal: Principal | null,
  kind: K,
  resource: Resources[K],
): Record<Action<K>, boolean> {
  const rules = POLICY[kind] as Record<string, Rule<Resources[K]>>;
  return Object.fromEntries(
    Object.entries(rules).map(([action, rule]) => [action, rule(principal, resource) !== null]),
  ) as Record<Action<K>, boolean>;
}
