// Text that cannot deceive, tried as an attacker would: every write route of the API (listed from the OpenAPI
// document, so a new route is walked without being named here) gets each hostile string in each string field of
// a valid body, and bodies that are not UTF-8. Every answer must be a 4xx problem, never a 500, and the log must
// not grow; a text field must be refused with 400 naming the field and the character.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { OPERATOR } from '@concord/core';
import { databaseTargets, type Store } from '@concord/db';
import { generateCosignerKey } from '@concord/ledger';
import { createApp } from '../app.ts';
import { grantMembership } from '../commands/grant-membership.ts';
import { type Answer, isProblem, memberToken, sessionHeaders, testAccount } from '../test-support.ts';

// The repository's own example rules (a valid concord.rules/1 file) for the guarantees route.
const GAZA_RULES = JSON.parse(
  readFileSync(new URL('../../../../examples/rules/gaza-20-point.rules.json', import.meta.url), 'utf8'),
) as unknown;

const UNLIMITED = { perSecond: 1_000_000, burst: 1_000_000 };

type Route = { method: string; path: string };
type Seed = Awaited<ReturnType<typeof seed>>;
type Headers = Record<string, string>;

/**
 * Who the walk writes as: the one place to change when who may write changes. Today a signed-in person who may
 * open processes (so it leads, as mediator, the process the walk opens), sending its session cookie from the
 * site's own origin.
 */
async function writerHeaders(store: Store): Promise<Headers> {
  const account = await testAccount(store, { name: 'Hostile text walk', mayOpenProcesses: true });
  return { ...(await sessionHeaders(store, account.id)), 'x-walker': account.id };
}

/**
 * Write routes whose valid body needs a secret the walk does not hold (a password, a TOTP code, a passkey's
 * signature, a link already used by the walk): their sample is walked with every hostile string like the
 * others, and must be refused as a 4xx, never a 500; it is not expected to be accepted.
 */
/** Routes whose `response` is an authenticator's signed answer, checked by the WebAuthn verifier. */
const PASSKEY_ANSWERS = new Set(['POST /api/auth/passkey', 'POST /api/account/passkeys']);

const NEEDS_A_SECRET = new Set([
  'POST /api/auth/password',
  'POST /api/auth/passkey',
  'POST /api/auth/link',
  'POST /api/account/totp/confirm',
  'POST /api/account/totp/remove',
  'POST /api/account/passkeys',
  'POST /api/invitations/accept',
  // A cosignature is an Ed25519 signature by a registered witness's key: the walk holds none.
  'POST /api/log/cosignatures',
  // A key rotation's approval and a version signature are Ed25519 signatures by a private key the walk holds
  // none of (the walker registers a public key only, and is no party's delegate).
  'POST /api/keys/{keyId}/rotation',
  'POST /api/versions/{versionId}/signatures',
]);

const HOSTILE: Record<string, string> = {
  nul: 'Peace\u0000plan',
  escape: 'Peace \u001b[2Jplan',
  c1: 'Peace\u009bplan',
  'lone high surrogate': 'Peace\uD800plan',
  'lone low surrogate': 'Peace\uDC00plan',
  'right-to-left override': 'Peace \u202Enalp',
  'right-to-left isolate': 'Peace \u2067plan\u2069',
  'zero-width only': '\u200B\u200C\u200D',
  noncharacter: 'Peace\uFFFFplan',
};

// Byte sequences that are not UTF-8, each put inside a string of a valid body.
const NOT_UTF8: Record<string, number[]> = {
  'a stray byte': [0xff],
  'a cut sequence': [0xe2, 0x82],
  'an overlong slash': [0xc0, 0xaf],
  'an encoded surrogate': [0xed, 0xa0, 0x80],
};

const ARABIC = 'اتفاق السلام';
// Two Ed25519 public keys of large order (seeds 1 and 2) and a well-formed signature (zero bytes).
const KEY_A = 'iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w=';
const KEY_B = 'gTl3Dqh9F19Wo1Rmw0x+zMuNipG07jeiXfYPW4/Js5Q=';
const SIGNATURE = `${'A'.repeat(86)}==`;
const HEBREW = 'הסכם שלום';

/**
 * A valid body for each write route, with every text field the route's schema has (nested drafts included) and
 * the ids, dates and enums a valid body may carry.
 */
function sampleBodies(s: Seed): Record<string, unknown> {
  const draftPoint = (depth: number): Record<string, unknown> => ({
    number: `${depth}`,
    text: { en: 'The parties agree to a ceasefire.\nIt holds from day one.', ar: ARABIC },
    categories: ['ceasefire'],
    quantities: [{ value: 100, unit: 'days', text: '100 days' }],
    conditions: [{ if: 'the ceasefire holds', then: 'talks continue' }],
    note: 'As reported;\nthe source is unclear.',
    commitments: [
      {
        obligor: s.ukraine.id,
        beneficiary: 'Russia',
        action: 'withdraw heavy weapons',
        due: { event: 'signature' },
        verification: 'the monitoring mission',
      },
    ],
    ...(depth > 1 ? { points: [draftPoint(depth - 1)] } : {}),
  });
  const commitment = {
    obligor: 'Ukraine',
    beneficiary: s.ukraine.id,
    action: 'hold elections',
    due: { event: 'within 100 days' },
    verification: 'observers',
  };
  const point = {
    number: '9',
    text: { en: 'Elections are held.', he: HEBREW },
    categories: ['elections'],
    quantities: [{ value: 100, unit: 'days', text: 'within 100 days' }],
    conditions: [{ if: 'the ceasefire holds', then: 'elections follow' }],
    note: 'An editor’s note.',
  };
  return {
    'POST /api/processes': { title: 'Walk', description: 'A process\nfor the walk.' },
    'PATCH /api/processes/{processId}': { title: ARABIC, description: HEBREW },
    'POST /api/processes/{processId}/parties': { name: 'Qatar', kind: 'intermediary', aliases: ['Doha'] },
    'PATCH /api/parties/{partyId}': { name: 'Україна', kind: 'party', aliases: ['Kyiv', 'Київ'] },
    'POST /api/processes/{processId}/plans': { title: 'Second plan', mediatorPartyId: null },
    'PATCH /api/plans/{planId}': { title: 'Framework', mediatorPartyId: s.us.id },
    'POST /api/plans/{planId}/versions': {
      label: 'Walk draft',
      parentVersionId: s.version.id,
      issuedOn: '2025-11-20',
      status: 'draft',
      note: 'Drafted for the walk.',
      points: [{ ...draftPoint(4), lineageId: s.point.lineageId }],
    },
    'PATCH /api/versions/{versionId}': {
      label: 'Walk v2',
      issuedOn: '2025-11-21',
      status: 'draft',
      note: 'n',
    },
    'POST /api/versions/{versionId}/points': { ...point, parentPointId: s.point.id },
    'PATCH /api/points/{pointId}': point,
    'POST /api/points/{pointId}/commitments': commitment,
    'PATCH /api/commitments/{commitmentId}': commitment,
    'PUT /api/plans/{planId}/valuations/{partyId}': {
      reservation: 0.5,
      points: [],
      note: 'A note\nover lines.',
    },
    'POST /api/points/{pointId}/positions': {
      partyId: s.ukraine.id,
      stance: 'accepts-with-conditions',
      conditions: 'A referendum first.\nThen the vote.',
      rationale: ARABIC,
      source: { kind: 'statement', reference: HEBREW, url: 'https://example.org/statement' },
      takenOn: '2025-11-20',
      published: true,
    },
    'POST /api/auth/password': { login: 'hostile-walker', password: 'not the password', totp: '123456' },
    'POST /api/auth/passkey': { response: { id: 'none', type: 'public-key' } },
    'POST /api/auth/link': { token: `cl_${'A'.repeat(43)}` },
    'POST /api/witnesses': {
      verifierKey: generateCosignerKey(`witness.walk/${crypto.randomUUID()}`).verifierKey,
    },
    'POST /api/keys': { publicKey: KEY_A, label: `Laptop — ${ARABIC}` },
    'POST /api/keys/{keyId}/rotation': { publicKey: KEY_B, label: `Phone ${HEBREW}`, approval: SIGNATURE },
    'POST /api/keys/{keyId}/revocation': { reason: `Laptop lost — ${ARABIC}` },
    'POST /api/versions/{versionId}/signatures': { keyId: s.version.id, signature: SIGNATURE },
    'POST /api/versions/{versionId}/copies': { partyId: s.ukraine.id, language: 'en' },
    'POST /api/copies/check': { text: `1. A ceasefire holds.\n2. ${ARABIC}\n3. ${HEBREW}` },
    'POST /api/versions/{versionId}/copies/trace': { text: `A leaked text.\n${ARABIC}`, language: 'en' },
    'POST /api/log/cosignatures': {
      witness: 'witness.walk/none',
      size: 0,
      cosignature: '— witness.walk/none AAAA',
    },
    'PUT /api/versions/{versionId}/acceptability': {
      points: [
        {
          lineageId: s.marked.lineageId,
          wordings: { [s.marked.versionId]: true, [s.marked.counterId]: false },
        },
      ],
    },
    'PUT /api/account/password': { password: 'a long first password' },
    'POST /api/account/totp/confirm': { code: '123456' },
    'POST /api/account/totp/remove': { code: '123456' },
    'POST /api/account/passkeys': { response: { id: 'none' }, name: 'Laptop' },
    'POST /api/account/tokens': { membershipId: s.leadMembershipId, label: 'مفتاح الحاسوب' },
    'POST /api/processes/{processId}/invitations': {
      role: 'delegate',
      rank: null,
      partyId: s.ukraine.id,
      name: 'Олена Коваленко',
      email: 'olena@example.org',
      expiresInHours: 48,
    },
    'POST /api/invitations/inspect': { token: s.invitationToken },
    'POST /api/invitations/accept': {
      token: s.invitationToken,
      account: { name: 'Olena', handle: 'olena-k', password: 'a long first password' },
    },
    'PATCH /api/memberships/{membershipId}': { status: 'suspended', reason: 'Away until the next round' },
    // The seeded process is for its members: sharing widens it to the public, then its plan, then its version.
    'PUT /api/processes/{processId}/audience': { audience: { kind: 'public' }, reason: 'Published' },
    'PUT /api/processes/{processId}/guarantees/rules': { rules: GAZA_RULES, reason: `Set — ${ARABIC}` },
    'POST /api/processes/{processId}/guarantees/notifications': {
      partyId: s.ukraine.id,
      against: HEBREW,
      note: 'A violation\nobserved.',
    },
    'PUT /api/plans/{planId}/audience': { audience: { kind: 'public' }, reason: 'Published' },
    'PUT /api/versions/{versionId}/audience': { audience: { kind: 'public' }, reason: 'تم النشر' },
    'POST /api/versions/{versionId}/withdrawal': { reason: 'Superseded by the Geneva text.\nNot pursued.' },
    'POST /api/versions/{versionId}/deliveries': {
      partyId: s.ukraine.id,
      deliveredAt: '2025-11-20T12:00:00.000Z',
      deliveredBy: 'Міністр армії США',
      form: 'oral-briefing',
      viaPartyId: null,
      note: 'Read out in Kyiv.\nA copy followed.',
    },
    'POST /api/processes/{processId}/consultations': {
      kind: 'call',
      heldAt: '2025-11-21T12:00:00.000Z',
      title: 'Call on the draft',
      partyIds: [s.ukraine.id],
      viaPartyId: null,
      versionId: null,
      participants: 'The envoy;\nthe national security adviser',
      place: 'الدوحة',
      summary: HEBREW,
    },
    'POST /api/processes/{processId}/statements': {
      kind: 'leak-report',
      madeAt: '2025-11-20T18:00:00.000Z',
      speaker: 'Axios',
      partyId: null,
      outlet: 'Axios',
      quote: 'The full text.\nAll 28 points.',
      summary: ARABIC,
      sourceUrl: 'https://www.axios.com/',
      versionId: null,
    },
    'POST /api/processes/{processId}/deadlines': {
      title: 'Accept by Thanksgiving',
      dueAt: '2025-11-27T23:59:00.000Z',
      versionId: null,
      setBy: 'Президент США',
      setAt: '2025-11-21T12:00:00.000Z',
      note: 'Announced.\nLater softened.',
    },
    'POST /api/deadlines/{deadlineId}/moves': {
      dueAt: '2025-12-31T23:59:00.000Z',
      reason: 'Softened:\n"the deadline is when it\'s over"',
      at: '2025-11-25T12:00:00.000Z',
    },
    'POST /api/processes/{processId}/councils': {
      name: 'Peace Council',
      mandate: 'Monitors and guarantees the agreement.\nChaired by the US president.',
      rule: { kind: 'majority-with-chair-approval' },
      seats: [{ name: 'Голова ради', role: 'chair', veto: true }],
      audience: { kind: 'process' },
    },
    'POST /api/councils/{councilId}/members': { name: 'مجلس السلام', role: 'member', partyId: s.ukraine.id },
    'POST /api/councils/{councilId}/motions': {
      kind: 'finding-of-violation',
      title: 'A strike on Moscow',
      text: 'The council finds a violation.\nSanctions follow.',
      closesAt: '2099-01-01T00:00:00.000Z',
    },
    'POST /api/motions/{motionId}/votes': {
      memberId: s.seat,
      choice: 'for',
      reason: 'From the minutes;\nread out.',
    },
    'POST /api/commitments/{commitmentId}/tracking': {
      due: { kind: 'after', milestone: 'signature', days: 100, hours: 0 },
      weight: 2,
      parentId: null,
      indicators: ['Forces counted by the monitors'],
    },
    'POST /api/commitments/{commitmentId}/statuses': {
      score: 2,
      on: '2025-11-20',
      reason: 'Half withdrawn;\nthe rest pending.',
      evidence: [{ sha256: 'a'.repeat(64), name: `report ${ARABIC}.pdf`, size: 10, type: 'application/pdf' }],
    },
    'POST /api/processes/{processId}/milestones': {
      key: 'signature',
      label: 'Signed in Geneva',
      occurredAt: '2025-11-20T12:00:00.000Z',
      note: 'As reported.\nConfirmed later.',
    },
    'POST /api/processes/{processId}/incidents': {
      externalId: 'GAZ-1',
      eventDate: '2025-10-19',
      eventType: 'Battles',
      subEventType: 'Armed clash',
      actor1: `Actor ${ARABIC}`,
      assocActor1: 'Associate one',
      actor2: 'Actor two',
      assocActor2: 'Associate two',
      location: {
        name: `Place ${ARABIC}`,
        country: 'Palestine',
        admin1: 'Gaza Strip',
        admin2: 'Rafah',
        admin3: 'Tel al-Sultan',
        latitude: 31.29,
        longitude: 34.24,
      },
      fatalities: 1,
      source: 'A monitor',
      notes: 'Heard.\nThen seen.',
      ceasefire: {
        weapon: 'small arms',
        count: 3,
        direction: 'from the east',
        distanceMetres: 500,
        observedAs: 'heard',
      },
      acled: {
        time_precision: 'value 0',
        disorder_type: 'value 1',
        inter1: 'value 2',
        inter2: 'value 3',
        interaction: 'value 4',
        civilian_targeting: 'value 5',
        iso: 'value 6',
        region: 'value 7',
        geo_precision: 'value 8',
        source_scale: 'value 9',
        tags: 'value 10',
        timestamp: 'value 11',
      },
    },
    'POST /api/processes/{processId}/incidents/import': {
      csv: 'event_date,event_type,sub_event_type,actor1,location,latitude,longitude\n2025-10-19,Battles,Armed clash,A,Rafah,31.29,34.24\n',
      skipBadRows: false,
    },
    'POST /api/incidents/{incidentId}/status': { to: 'corroborated', reason: 'Two witnesses.\nBoth named.' },
    'POST /api/processes/{processId}/restrictions': {
      date: '2025-10-22',
      kind: 'delayed',
      by: `Checkpoint ${ARABIC}`,
      location: {
        name: 'Kerem Shalom',
        country: 'Israel',
        admin1: 'Southern',
        admin2: 'x',
        admin3: 'y',
        latitude: 31.22,
        longitude: 34.28,
      },
      minutes: 90,
      description: 'Held.\nThen let through.',
    },
    'POST /api/processes/{processId}/reports': {
      from: '2025-10-13',
      to: '2025-10-19',
      summary: 'A quiet week.\nTwo incidents.',
      findings: [
        {
          commitmentId: s.tracked,
          text: 'Crossings open.\nMostly.',
          proposedScore: 2,
          incidentIds: [s.incident],
        },
      ],
    },
    'POST /api/processes/{processId}/funds': {
      name: `Reconstruction ${ARABIC}`,
      purpose: 'Rebuilding.\nHalf the profit to the US.',
      illustrative: true,
    },
    'POST /api/funds/{fundId}/pledges': {
      donor: 'eu',
      donorName: 'Європейський Союз',
      currency: 'EUR',
      amount: 100,
      on: '2025-11-20',
      note: 'Pledged in Brussels.\nConfirmed by letter.',
    },
    'POST /api/funds/{fundId}/payments': {
      donor: 'eu',
      currency: 'EUR',
      amount: 100,
      on: '2025-11-20',
      note: 'A first tranche;\nmore to come.',
    },
    'POST /api/funds/{fundId}/allocations': {
      project: 'housing',
      projectName: `Housing ${HEBREW}`,
      currency: 'EUR',
      amount: 1,
      on: '2025-11-20',
      note: 'Set aside.\nFor the north.',
    },
    'POST /api/funds/{fundId}/disbursements': {
      project: 'housing',
      currency: 'EUR',
      amount: 1,
      on: '2025-11-20',
      condition: { commitmentId: s.tracked, minStatus: 1 },
      note: 'Paid out.\nReceipt filed.',
    },
    'POST /api/deadlines/{deadlineId}/outcome': {
      outcome: 'lifted',
      note: 'No date any more.\nTalks go on.',
      at: '2025-11-26T12:00:00.000Z',
    },
  };
}

async function seed(app: ReturnType<typeof createApp>, store: Store, headers: Headers) {
  const post = async (path: string, body: unknown) => {
    const res = await app.request(path, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`seed: ${path} answered ${res.status}`);
    return (await res.json()) as { id: string; lineageId: string };
  };
  const process = await post('/api/processes', { title: 'Hostile text walk', audience: { kind: 'process' } });
  const ukraine = await post(`/api/processes/${process.id}/parties`, { name: 'Ukraine', kind: 'party' });
  const us = await post(`/api/processes/${process.id}/parties`, { name: 'United States', kind: 'mediator' });
  const plan = await post(`/api/processes/${process.id}/plans`, { title: 'Plan', mediatorPartyId: us.id });
  const version = await post(`/api/plans/${plan.id}/versions`, {
    label: 'v1',
    points: [{ text: { en: 'One.' } }],
  });
  const point = await post(`/api/versions/${version.id}/points`, { text: { en: 'Two.' } });
  // A circulated text and a counter-draft without its point One make One contested, so the walker has a wording
  // to mark: it marks as a delegate of Ukraine (a membership the operator grants it beside its lead), since
  // mediators never mark. Both are read by Ukraine (circulated, like the plan); the working draft above is not.
  const shared = await post(`/api/plans/${plan.id}/versions`, {
    label: 'v1, circulated',
    status: 'circulated',
    points: [{ text: { en: 'One.' } }, { text: { en: 'Two.' } }],
  });
  const counter = await post(`/api/plans/${plan.id}/versions`, {
    label: 'v2',
    status: 'circulated',
    parentVersionId: shared.id,
    points: [{ text: { en: 'Two, answered.' } }],
  });
  const firstPoint = (shared as unknown as { points: { lineageId: string }[] }).points[0]?.lineageId;
  assert.ok(firstPoint);
  await grantMembership(
    { store, principal: OPERATOR, clock: () => new Date() },
    {
      processId: process.id,
      accountId: headers['x-walker'] as string,
      role: 'delegate',
      rank: null,
      partyId: ukraine.id,
      name: 'Hostile text walk for Ukraine',
    },
  );
  const commitment = await post(`/api/points/${point.id}/commitments`, { obligor: 'Ukraine', action: 'act' });
  // Withdrawn in the walk (a withdrawn version is frozen, so it is not the one the other routes edit).
  const spare = await post(`/api/plans/${plan.id}/versions`, { label: 'spare' });
  // Handed to Ukraine in the walk (a delivered version is frozen, so it is not the one the other routes edit).
  const toDeliver = await post(`/api/plans/${plan.id}/versions`, {
    label: 'to deliver',
    points: [{ text: { en: 'Three.' } }],
  });
  // Delivered to Ukraine here, so that a copy of it may be released to Ukraine in the walk.
  const toCopy = await post(`/api/plans/${plan.id}/versions`, {
    label: 'to copy',
    points: [{ text: { en: 'Four.' } }],
  });
  await post(`/api/versions/${toCopy.id}/deliveries`, {
    partyId: ukraine.id,
    deliveredAt: '2025-11-20T12:00:00.000Z',
    deliveredBy: 'US mediation',
    form: 'oral-briefing',
  });
  const deadline = await post(`/api/processes/${process.id}/deadlines`, {
    title: 'Accept by Thanksgiving',
    dueAt: '2025-11-27T23:59:00.000Z',
    setAt: '2025-11-21T12:00:00.000Z',
  });
  const invitation = (await post(`/api/processes/${process.id}/invitations`, {
    role: 'observer',
    name: 'Invited',
  })) as unknown as { link: string };
  const invitationToken = invitation.link.split('#')[1] as string;
  // A council without motions takes the new seat; the other has a seat and a motion to vote on.
  const council = await post(`/api/processes/${process.id}/councils`, {
    name: 'Board',
    rule: { kind: 'consensus' },
    audience: { kind: 'process' },
  });
  const emptyCouncil = await post(`/api/processes/${process.id}/councils`, {
    name: 'Empty board',
    rule: { kind: 'consensus' },
    audience: { kind: 'process' },
  });
  const seat = await post(`/api/councils/${council.id}/members`, { name: 'Chair', role: 'chair' });
  const motion = await post(`/api/councils/${council.id}/motions`, {
    kind: 'amend',
    title: 'Amend',
    text: 'Amend it.',
    closesAt: '2099-01-01T00:00:00.000Z',
  });
  // A final version for implementation: its first commitment tracked (statuses are set on it), the second not.
  const agreed = (await post(`/api/plans/${plan.id}/versions`, {
    label: 'agreed',
    status: 'final',
    points: [
      {
        text: { en: 'Four.' },
        commitments: [
          { obligor: 'Ukraine', action: 'a' },
          { obligor: 'Russia', action: 'b' },
        ],
      },
    ],
  })) as unknown as { commitments: { id: string }[] };
  const [tracked, untracked] = agreed.commitments.map((c) => c.id);
  await post(`/api/commitments/${tracked}/tracking`, {});
  const incident = (await post(`/api/processes/${process.id}/incidents`, {
    eventDate: '2025-10-19',
    eventType: 'Battles',
    subEventType: 'Armed clash',
    actor1: 'Party A',
    location: { name: 'Rafah', latitude: 31.29, longitude: 34.24 },
  })) as unknown as { id: string };
  // A fund whose disbursements wait on the tracked commitment (rated 2 from 1 November 2025), with money in it.
  await post(`/api/commitments/${tracked}/statuses`, { score: 2, reason: 'Half done', on: '2025-11-01' });
  const fund = await post(`/api/processes/${process.id}/funds`, { name: 'Fund' });
  const eur = { currency: 'EUR', amount: 10_000, on: '2025-11-10' };
  await post(`/api/funds/${fund.id}/pledges`, { ...eur, donor: 'eu', donorName: 'EU' });
  await post(`/api/funds/${fund.id}/payments`, { ...eur, donor: 'eu' });
  await post(`/api/funds/${fund.id}/allocations`, { ...eur, project: 'housing', projectName: 'Housing' });
  const member = await memberToken(store, process.id, 'observer');
  const leadMembershipId = (await store.memberships.listByAccount(headers['x-walker'] as string))[0]?.id;
  assert.ok(leadMembershipId);
  return {
    process,
    ukraine,
    us,
    plan,
    version,
    point,
    commitment,
    invitationToken,
    memberMembershipId: member.membership.id,
    leadMembershipId,
    marked: { lineageId: firstPoint, versionId: shared.id, counterId: counter.id },
    spare,
    toDeliver,
    toCopy,
    deadline,
    council,
    emptyCouncil,
    seat: seat.id,
    motion,
    tracked: tracked as string,
    fund: fund.id,
    untracked: untracked as string,
    incident: incident.id,
  };
}

// ---- reading the OpenAPI document

type JsonSchema = Record<string, unknown>;

/** Every write operation under /api, with the component its JSON body is validated against. */
function writeRoutes(doc: {
  paths: Record<string, Record<string, JsonSchema>>;
}): (Route & { body: string })[] {
  const routes: (Route & { body: string })[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (!['post', 'patch', 'put'].includes(method) || !path.startsWith('/api/')) continue;
      const content = (operation.requestBody as JsonSchema | undefined)?.content as JsonSchema | undefined;
      // A write without a body carries no text to attack.
      if (content === undefined) continue;
      const ref = (
        (content?.['application/json'] as JsonSchema | undefined)?.schema as JsonSchema | undefined
      )?.$ref;
      routes.push({
        method: method.toUpperCase(),
        path,
        body:
          String(ref ?? '')
            .split('/')
            .pop() ?? '',
      });
    }
  }
  return routes;
}

/**
 * Every string field a schema declares, as a path pattern (`points.*.text.*`: `*` for an array item or a record
 * key), and whether it is a safe text (`x-concord-text`) or another string (id, date, enum).
 */
function stringFields(schema: JsonSchema, components: Record<string, JsonSchema>, at = '', depth = 0) {
  const found = new Map<string, boolean>();
  if (depth > 20) return found;
  const ref = typeof schema.$ref === 'string' ? components[schema.$ref.split('/').pop() ?? ''] : undefined;
  const add = (sub: unknown, path: string) => {
    for (const [k, v] of stringFields(sub as JsonSchema, components, path, depth + 1)) found.set(k, v);
  };
  if (ref) add(ref, at);
  for (const branch of [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])])
    add(branch, at);
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('string')) found.set(at, 'x-concord-text' in schema);
  const join = (key: string) => (at === '' ? key : `${at}.${key}`);
  for (const [key, sub] of Object.entries((schema.properties as Record<string, unknown>) ?? {}))
    add(sub, join(key));
  if (typeof schema.additionalProperties === 'object') add(schema.additionalProperties, join('*'));
  if (schema.items) add(schema.items, join('*'));
  return found;
}

/** Every string in a body, with its path. */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

const matches = (pattern: string, path: (string | number)[]) => {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
};

function withString(body: unknown, path: (string | number)[], text: string): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] ?? ''] = text;
  return copy;
}

// ---- the walk

for (const target of databaseTargets()) {
  describe(`hostile text on every write route (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let s: Seed;
    let writer: Headers;
    let doc: {
      paths: Record<string, Record<string, JsonSchema>>;
      components: { schemas: Record<string, JsonSchema> };
    };
    before(async () => {
      store = await target.open();
      // The walk sends thousands of writes in a few seconds from one address: far beyond what a person sends, so
      // the rate limits (tested in limits.test.ts) are lifted here.
      app = createApp({ store, rateLimits: { write: UNLIMITED, read: UNLIMITED } });
      writer = await writerHeaders(store);
      s = await seed(app, store, writer);
      doc = (await (await app.request('/openapi.json')).json()) as typeof doc;
    });
    after(() => store.close());

    const send = async (route: Route, body?: BodyInit): Promise<Answer> => {
      const ids: Record<string, string> = {
        processId: s.process.id,
        partyId: s.ukraine.id,
        planId: s.plan.id,
        versionId: route.path.endsWith('/withdrawal')
          ? s.spare.id
          : route.path.endsWith('/deliveries')
            ? s.toDeliver.id
            : route.path.endsWith('/copies')
              ? s.toCopy.id
              : route.path.endsWith('/acceptability')
                ? s.marked.versionId
                : route.path.endsWith('/audience')
                  ? s.marked.counterId
                  : s.version.id,
        deadlineId: s.deadline.id,
        councilId: route.path.endsWith('/members') ? s.emptyCouncil.id : s.council.id,
        motionId: s.motion.id,
        pointId: s.point.id,
        commitmentId: route.path.endsWith('/tracking')
          ? s.untracked
          : route.path.endsWith('/statuses')
            ? s.tracked
            : s.commitment.id,
        membershipId: s.memberMembershipId,
        // The walker's own key, once the walk registered one (POST /api/keys comes first in the document).
        keyId: (await store.keys.listByAccount(writer['x-walker'] as string)).at(-1)?.id ?? s.version.id,
        fundId: s.fund,
        incidentId: s.incident,
      };
      const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? `unknown-${name}`);
      const headers = { ...writer, ...(body === undefined ? {} : { 'content-type': 'application/json' }) };
      const res = await app.request(path, {
        method: route.method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await res.text();
      const type = res.headers.get('content-type');
      return {
        status: res.status,
        type,
        body: type?.includes('json') ? JSON.parse(text) : text,
        headers: res.headers,
      };
    };

    test('the walk knows a valid body for every write route, with every text field in it, and each is accepted', async () => {
      const routes = writeRoutes(doc);
      assert.ok(routes.length >= 13, `only ${routes.length} write routes found`);
      const samples = sampleBodies(s);
      for (const route of routes) {
        const key = `${route.method} ${route.path}`;
        const body = samples[key];
        assert.ok(body, `add a valid sample body for ${key} to sampleBodies`);
        const fields = stringFields(doc.components.schemas[route.body] ?? {}, doc.components.schemas);
        const leaves = stringLeaves(body);
        for (const [pattern, isText] of fields)
          assert.ok(
            !isText || leaves.some((leaf) => matches(pattern, leaf)),
            `the sample body of ${key} lacks the text field ${pattern}`,
          );
        const answer = await send(route, JSON.stringify(body));
        const accepted = answer.status >= 200 && answer.status < 300;
        if (NEEDS_A_SECRET.has(key))
          assert.ok(answer.status >= 400 && answer.status < 500, `${key}: ${answer.status}`);
        else assert.ok(accepted, `${key}: ${answer.status} ${JSON.stringify(answer.body)}`);
      }
    });

    test('each hostile string in each string field is refused (4xx, never 500), naming the field; nothing is written', async () => {
      const samples = sampleBodies(s);
      let cases = 0;
      for (const route of writeRoutes(doc)) {
        const key = `${route.method} ${route.path}`;
        const fields = stringFields(doc.components.schemas[route.body] ?? {}, doc.components.schemas);
        const size = await store.log.size();
        for (const leaf of stringLeaves(samples[key])) {
          const isText = [...fields].some(([pattern, text]) => text && matches(pattern, leaf));
          const field = leaf.join('.');
          for (const [name, hostile] of Object.entries(HOSTILE)) {
            const answer = await send(route, JSON.stringify(withString(samples[key], leaf, hostile)));
            const where = `${name} in ${field} of ${key}`;
            assert.ok(answer.status >= 400 && answer.status < 500, `${where}: ${answer.status}`);
            assert.equal(answer.type, 'application/problem+json', where);
            // A passkey's answer is opaque to the schema (the verifier reads it): refused, but as a sign-in failure.
            if (PASSKEY_ANSWERS.has(key) && field.startsWith('response.')) {
              cases++;
              continue;
            }
            assert.ok(
              isProblem(answer, 400, 'validation-failed'),
              `${where}: ${JSON.stringify(answer.body)}`,
            );
            const errors = answer.body.errors as { path: string; message: string }[];
            const named = errors.find((e) => e.path === field);
            assert.ok(named, `${where}: ${JSON.stringify(errors)}`);
            if (isText) assert.match(named.message, /U\+[0-9A-F]{4}/, where);
            assert.ok(
              !JSON.stringify(answer.body).includes('Peace'),
              `${where}: the problem quotes the text`,
            );
            cases++;
          }
        }
        assert.equal(await store.log.size(), size, `${key} wrote to the log`);
      }
      assert.ok(cases > 400, `only ${cases} cases`);
    });

    test('a body that is not UTF-8 is refused (400 invalid-utf8) on every write route; nothing is written', async () => {
      const samples = sampleBodies(s);
      for (const route of writeRoutes(doc)) {
        const key = `${route.method} ${route.path}`;
        const json = new TextEncoder().encode(JSON.stringify(samples[key]));
        const quote = json.indexOf(0x22, json.indexOf(0x3a)); // the first quote after the first colon
        const size = await store.log.size();
        for (const [name, bad] of Object.entries(NOT_UTF8)) {
          const body = new Uint8Array([...json.slice(0, quote + 1), ...bad, ...json.slice(quote + 1)]);
          const answer = await send(route, body);
          assert.ok(
            isProblem(answer, 400, 'invalid-utf8'),
            `${name} in ${key}: ${JSON.stringify(answer.body)}`,
          );
          assert.match(answer.body.detail, new RegExp(`offset ${quote + 1}\\b`), `${name} in ${key}`);
        }
        assert.equal(await store.log.size(), size, `${key} wrote to the log`);
      }
    });

    test('right-to-left and mixed text is stored and served byte for byte', async () => {
      const title = `${ARABIC} \u200E(2025)\u200E — ${HEBREW}`;
      const created = await send({ method: 'POST', path: '/api/processes' }, JSON.stringify({ title }));
      assert.equal(created.status, 201);
      assert.equal(created.body.title, title);
      const entry = await send({ method: 'GET', path: `/api/log/entries/${created.body.logIndex}` });
      assert.equal(entry.body.event.data.title, title);
    });
  });
}
