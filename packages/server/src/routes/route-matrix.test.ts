// The proof that nothing leaks and nothing is written without leave, generated from the OpenAPI document: every
// route, for every role (the public, a stranger with an account, and each role of a process, signed in by session
// or by API token), against objects of every audience seeded here (public, the whole process, one party and the
// mediators, the mediators alone, and a process closed to its members). For each request:
//
// - no body or header carries a marker string or an id of anything the caller may not read (ids the caller sent
//   itself excepted: a 404 may name what was asked for);
// - a write the policy refuses is refused (404 when the caller may not see the object, 401 for the public, 403
//   otherwise) and leaves the log size and every table of the database unchanged;
// - a write the policy allows succeeds (checked once per route, in a second world), so the matrix cannot pass
//   by refusing everything.
//
// The table ROUTES says what each route is (a read, a policy-guarded write, a sign-in, the caller's own
// account); a route of the OpenAPI document missing from it, or listed but gone, fails the first test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type AccountPrincipal,
  type Action,
  type Audience,
  authorize,
  type Principal,
  type ResourceKind,
  type Resources,
  uuidv7,
} from '@concord/core';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { generateCosignerKey } from '@concord/ledger';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp, DEFAULT_ORIGIN } from '../app.ts';
import { loadPrincipal } from '../http/principal.ts';
import { type Answer, callWith, memberToken, sessionHeaders, testAccount } from '../test-support.ts';

const ROLE_NAMES = [
  'public',
  'stranger',
  'lead',
  'staff',
  'delegateA',
  'delegateB',
  'observer',
  'council',
  'monitor',
  'donor',
  'intermediary',
] as const;
type RoleName = (typeof ROLE_NAMES)[number];
type Caller = { name: RoleName; headers: Record<string, string>; principal: Principal | null };

type Params = Record<string, string>;
type World = Awaited<ReturnType<typeof seedWorld>>;
type Target = { kind: ResourceKind; resource: Resources[ResourceKind] };

/** How a route is checked. */
type RouteRule =
  | { kind: 'read' }
  | {
      kind: 'write';
      action: string;
      /** The policy resource the route acts on, from the concrete path parameters. */
      /** null: the parameters do not fit together (e.g. a party of another process): refused to everyone. */
      target: (w: World, p: Params, caller: Caller) => Target | null;
      body?: (w: World) => unknown;
    }
  /** Sign-in style routes, open to all by design: sent with credentials that name nothing, they change nothing. */
  | { kind: 'sign-in'; body?: unknown; writesChallenge?: boolean }
  /** A POST that only reads (the public copy check): every caller gets an answer that changes and leaks nothing. */
  | { kind: 'query'; body: unknown }
  /** The caller's own account: refused to the public (401) and to API tokens (403); others' ids are 404. */
  | {
      kind: 'self';
      body?: (w: World) => unknown;
      targeted: boolean;
      refusal?: number | null;
      harmless?: true;
    };

const shared =
  (kind: ResourceKind, of: (w: World, p: Params) => { processId: string; audience: Audience }) =>
  (w: World, p: Params): Target => ({ kind, resource: of(w, p) });

const processOf = (w: World, p: Params) => w.objects.get(p.processId as string) as Shared;
const planOf = (w: World, p: Params) => w.objects.get(p.planId as string) as Shared;
const versionOf = (w: World, p: Params) => w.objects.get(p.versionId as string) as Shared;
const pointVersion = (w: World, p: Params) =>
  w.objects.get(w.versionOfPoint.get(p.pointId as string) as string) as Shared;
const commitmentVersion = (w: World, p: Params) =>
  w.objects.get(w.versionOfCommitment.get(p.commitmentId as string) as string) as Shared;
type Shared = { processId: string; audience: Audience };
// The seeded councils' chairs hold no account, so only the mediators open and close their motions.
const councilOf = (w: World, id: string) => ({ ...(w.objects.get(id) as Shared), chairAccounts: [] });

const MATRIX_INCIDENT = {
  eventDate: '2025-10-19',
  eventType: 'Battles',
  subEventType: 'Armed clash',
  actor1: 'Party A',
  location: { name: 'Rafah', latitude: 31.29, longitude: 34.24 },
};

const ROUTES: Record<string, RouteRule> = {
  'GET /api/health': { kind: 'read' },
  'GET /api/processes': { kind: 'read' },
  'POST /api/processes': {
    kind: 'write',
    action: 'open-process',
    target: () => ({ kind: 'platform', resource: {} }),
    body: () => ({ title: 'Opened in the matrix' }),
  },
  'GET /api/processes/{processId}': { kind: 'read' },
  'PATCH /api/processes/{processId}': {
    kind: 'write',
    action: 'update',
    target: shared('process', processOf),
    body: () => ({ title: 'Renamed' }),
  },
  'POST /api/processes/{processId}/parties': {
    kind: 'write',
    action: 'add-party',
    target: shared('process', processOf),
    body: () => ({ name: 'A new party', kind: 'party' }),
  },
  'GET /api/parties/{partyId}': { kind: 'read' },
  'PATCH /api/parties/{partyId}': {
    kind: 'write',
    action: 'update',
    target: shared('party', (w, p) => w.objects.get(p.partyId as string) as Shared),
    body: () => ({ name: 'Renamed party' }),
  },
  'POST /api/processes/{processId}/plans': {
    kind: 'write',
    action: 'create-plan',
    target: shared('process', processOf),
    body: () => ({ title: 'A new plan' }),
  },
  'GET /api/plans/{planId}': { kind: 'read' },
  'GET /api/versions/{versionId}/diff/{otherVersionId}': { kind: 'read' },
  'GET /api/plans/{planId}/precedent/{otherPlanId}': { kind: 'read' },
  'PATCH /api/plans/{planId}': {
    kind: 'write',
    action: 'update',
    target: shared('plan', planOf),
    body: () => ({ title: 'Renamed plan' }),
  },
  'POST /api/plans/{planId}/versions': {
    kind: 'write',
    action: 'create-version',
    target: shared('plan', planOf),
    body: () => ({ label: 'A new version' }),
  },
  'GET /api/versions/{versionId}': { kind: 'read' },
  'PATCH /api/versions/{versionId}': {
    kind: 'write',
    action: 'update',
    target: shared('version', versionOf),
    body: () => ({ note: 'changed' }),
  },
  'POST /api/versions/{versionId}/points': {
    kind: 'write',
    action: 'edit',
    target: shared('version', versionOf),
    body: () => ({ text: { en: 'A new point' } }),
  },
  'GET /api/points/{pointId}': { kind: 'read' },
  'PATCH /api/points/{pointId}': {
    kind: 'write',
    action: 'edit',
    target: shared('version', pointVersion),
    body: () => ({ text: { en: 'Changed wording' } }),
  },
  'POST /api/points/{pointId}/commitments': {
    kind: 'write',
    action: 'edit',
    target: shared('version', pointVersion),
    body: () => ({ obligor: 'Someone', action: 'Does something' }),
  },
  'GET /api/commitments/{commitmentId}': { kind: 'read' },
  'PATCH /api/commitments/{commitmentId}': {
    kind: 'write',
    action: 'edit',
    target: shared('version', commitmentVersion),
    body: () => ({ action: 'Does something else' }),
  },
  'DELETE /api/commitments/{commitmentId}': {
    kind: 'write',
    action: 'edit',
    target: shared('version', commitmentVersion),
  },
  'GET /api/log/checkpoint': { kind: 'read' },
  'GET /api/witnesses': { kind: 'read' },
  // A fresh key each time, so every allowed registration is new.
  'POST /api/witnesses': {
    kind: 'write',
    action: 'register-witness',
    target: () => ({ kind: 'platform', resource: {} }),
    body: () => ({ verifierKey: generateCosignerKey(`witness.matrix/${uuidv7()}`).verifierKey }),
  },
  // Open to all (the signature is the credential): a line by no registered witness is refused, nothing kept.
  'POST /api/log/cosignatures': {
    kind: 'sign-in',
    body: { witness: 'witness.matrix/nobody', size: 0, cosignature: '— witness.matrix/nobody AAAA' },
  },
  'GET /api/log/entries': { kind: 'read' },
  // Account keys and signatures. The writes' allowed path needs a signature made with a key on the caller's own
  // machine (signatures.test.ts walks it); here each is sent as a request that names no usable key (a small-order
  // key, a key nobody holds, a signature by no registered key), refused to every caller with nothing written.
  'GET /api/accounts/{accountId}/keys': { kind: 'read' },
  'POST /api/keys': {
    kind: 'sign-in',
    body: { publicKey: 'AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', label: 'identity point' },
  },
  'POST /api/keys/{keyId}/rotation': {
    kind: 'sign-in',
    body: {
      publicKey: 'bnoc3Smwt4/ROvTFWY/v9O8qlxZuPKby5Pv8zYBQW/E=',
      label: 'next',
      approval: `${'A'.repeat(86)}==`,
    },
  },
  'POST /api/keys/{keyId}/revocation': { kind: 'sign-in', body: { reason: 'lost' } },
  'GET /api/versions/{versionId}/signatures': { kind: 'read' },
  'POST /api/versions/{versionId}/signatures': {
    kind: 'sign-in',
    body: { keyId: '0192f000-0000-7000-8000-00000000beef', signature: `${'A'.repeat(86)}==` },
  },
  // Released copies: a mediator releases a version to party A (a version not shared with A is a 409, so the
  // public version's release is the allowed case that succeeds); a trace writes nothing; the check is public.
  'GET /api/versions/{versionId}/copies': { kind: 'read' },
  'POST /api/versions/{versionId}/copies': {
    kind: 'write',
    action: 'deliver',
    target: shared('version', versionOf),
    body: (w) => ({ partyId: w.ids.partyA }),
  },
  'POST /api/versions/{versionId}/copies/trace': {
    kind: 'write',
    action: 'deliver',
    target: shared('version', versionOf),
    body: () => ({ text: 'A ceasefire holds from 12 March 2026.' }),
  },
  'GET /api/copies/{copyId}/download': { kind: 'read' },
  'POST /api/copies/check': { kind: 'query', body: { text: 'A ceasefire holds from 12 March 2026.' } },
  'GET /api/log/entries/{index}': { kind: 'read' },
  'GET /api/log/entries/{index}/bundle': { kind: 'read' },
  'GET /api/versions/{versionId}/entries': { kind: 'read' },
  'GET /api/log/proofs/inclusion': { kind: 'read' },
  'GET /api/log/proofs/consistency': { kind: 'read' },
  'GET /api/session': { kind: 'read' },
  'GET /api/plans/{planId}/valuations': { kind: 'read' },
  'PUT /api/plans/{planId}/valuations/{partyId}': {
    kind: 'write',
    action: 'record',
    target: (w, p) =>
      processOf(w, { processId: planOf(w, p).processId }) === undefined ||
      (w.objects.get(p.partyId as string) as Shared).processId !== planOf(w, p).processId
        ? null
        : {
            kind: 'valuation',
            resource: { processId: planOf(w, p).processId, partyId: p.partyId as string },
          },
    body: () => ({ reservation: 0.4, points: [] }),
  },
  'GET /api/versions/{versionId}/positions': { kind: 'read' },
  'GET /api/points/{pointId}/positions': { kind: 'read' },
  'POST /api/points/{pointId}/positions': {
    kind: 'write',
    action: 'record',
    target: (w, p) =>
      pointVersion(w, p).processId !== (w.objects.get(w.ids.partyA) as Shared).processId
        ? null
        : { kind: 'position', resource: { ...pointVersion(w, p), partyId: w.ids.partyA, published: false } },
    body: (w) => ({
      partyId: w.ids.partyA,
      stance: 'rejects',
      source: { kind: 'statement' },
      takenOn: '2025-11-20',
    }),
  },
  'POST /api/positions/{positionId}/publication': {
    kind: 'write',
    action: 'publish',
    target: (w, p) => ({ kind: 'position', resource: w.positionOf.get(p.positionId as string) as never }),
  },
  'GET /api/versions/{versionId}/domain': { kind: 'read' },
  'GET /api/versions/{versionId}/acceptability': { kind: 'read' },
  'GET /api/versions/{versionId}/acceptability/common': { kind: 'read' },
  // The caller marks for the party it is a delegate of (none: refused).
  'PUT /api/versions/{versionId}/acceptability': {
    kind: 'write',
    action: 'mark',
    target: (w, p, caller) => ({
      kind: 'acceptability',
      resource: { ...versionOf(w, p), partyId: delegatedParty(caller, versionOf(w, p).processId) },
    }),
    body: () => ({ points: [] }),
  },
  'GET /api/versions/{versionId}/analysis': { kind: 'read' },
  'POST /api/auth/password': {
    kind: 'sign-in',
    body: { login: 'nobody-here', password: 'not the password' },
  },
  'POST /api/auth/passkey/options': { kind: 'sign-in', writesChallenge: true },
  'POST /api/auth/passkey': { kind: 'sign-in', body: { response: { id: 'nothing' } } },
  'POST /api/auth/link': { kind: 'sign-in', body: { token: `cl_${'A'.repeat(43)}` } },
  // Signing out without a session is answered 204 and ends nothing.
  'POST /api/auth/sign-out': { kind: 'self', targeted: false, harmless: true },
  'POST /api/auth/sign-out-everywhere': { kind: 'self', targeted: false },
  'GET /api/account': { kind: 'read' },
  'PUT /api/account/password': {
    kind: 'self',
    targeted: false,
    body: () => ({ current: 'not the password', password: 'a brand new password' }),
  },
  'POST /api/account/totp': { kind: 'self', targeted: false },
  'POST /api/account/totp/confirm': { kind: 'self', targeted: false, body: () => ({ code: '123456' }) },
  'POST /api/account/totp/remove': { kind: 'self', targeted: false, body: () => ({ code: '123456' }) },
  'POST /api/account/passkeys/options': { kind: 'self', targeted: false },
  'POST /api/account/passkeys': { kind: 'self', targeted: false, body: () => ({ response: {}, name: 'x' }) },
  'DELETE /api/account/passkeys/{passkeyId}': { kind: 'self', targeted: true },
  'DELETE /api/account/sessions/{sessionId}': { kind: 'self', targeted: true },
  'POST /api/account/tokens': {
    kind: 'self',
    targeted: true,
    // Another's membership: 404 to whom its process is invisible, 403 to its other members.
    refusal: null,
    body: (w) => ({ membershipId: w.ids.leadMembership, label: 'not mine' }),
  },
  'DELETE /api/account/tokens/{tokenId}': { kind: 'self', targeted: true },
  'POST /api/processes/{processId}/invitations': {
    kind: 'write',
    action: 'manage-members',
    target: shared('process', processOf),
    body: () => ({ role: 'observer', name: 'Invited in the matrix' }),
  },
  'GET /api/processes/{processId}/invitations': { kind: 'read' },
  'DELETE /api/invitations/{invitationId}': {
    kind: 'write',
    action: 'manage-members',
    target: (w, p) => ({
      kind: 'process',
      resource: w.objects.get(w.processOfInvitation.get(p.invitationId as string) as string) as Shared,
    }),
  },
  'POST /api/invitations/inspect': { kind: 'sign-in', body: { token: `ci_${'A'.repeat(43)}` } },
  'POST /api/invitations/accept': { kind: 'sign-in', body: { token: `ci_${'A'.repeat(43)}` } },
  'GET /api/processes/{processId}/members': { kind: 'read' },
  'PATCH /api/memberships/{membershipId}': {
    kind: 'write',
    action: 'manage',
    target: (w, p) => ({
      kind: 'membership',
      resource: w.memberships.get(p.membershipId as string) as never,
    }),
    body: () => ({ status: 'suspended', reason: 'matrix' }),
  },
  'PUT /api/processes/{processId}/audience': {
    kind: 'write',
    action: 'share',
    target: shared('process', processOf),
    body: () => ({ audience: { kind: 'public' }, reason: 'published' }),
  },
  'PUT /api/plans/{planId}/audience': {
    kind: 'write',
    action: 'share',
    target: shared('plan', planOf),
    body: () => ({ audience: { kind: 'public' }, reason: 'published' }),
  },
  'PUT /api/versions/{versionId}/audience': {
    kind: 'write',
    action: 'share',
    target: shared('version', versionOf),
    body: () => ({ audience: { kind: 'public' }, reason: 'published' }),
  },
  'POST /api/versions/{versionId}/withdrawal': {
    kind: 'write',
    action: 'withdraw',
    target: shared('version', versionOf),
    body: () => ({ reason: 'Superseded by the next draft' }),
  },
  'DELETE /api/points/{pointId}': {
    kind: 'write',
    action: 'edit',
    target: shared('version', pointVersion),
  },
  'GET /api/versions/{versionId}/deliveries': { kind: 'read' },
  'POST /api/versions/{versionId}/deliveries': {
    kind: 'write',
    action: 'deliver',
    target: shared('version', versionOf),
    body: (w) => ({ partyId: w.ids.partyB, deliveredBy: 'A courier', form: 'paper' }),
  },
  'GET /api/processes/{processId}/briefing': { kind: 'read' },
  'GET /api/processes/{processId}/timeline': { kind: 'read' },
  'POST /api/processes/{processId}/consultations': {
    kind: 'write',
    action: 'record-consultation',
    target: shared('process', processOf),
    body: (w) => ({
      kind: 'call',
      heldAt: '2025-11-20T12:00:00.000Z',
      title: 'A call',
      partyIds: [w.ids.partyB],
    }),
  },
  'POST /api/processes/{processId}/statements': {
    kind: 'write',
    action: 'record-statement',
    target: shared('process', processOf),
    body: () => ({
      kind: 'comment',
      madeAt: '2025-11-21T12:00:00.000Z',
      speaker: 'A spokesman',
      summary: 'Said something',
    }),
  },
  'GET /api/processes/{processId}/deadlines': { kind: 'read' },
  'POST /api/processes/{processId}/deadlines': {
    kind: 'write',
    action: 'set-deadline',
    target: shared('process', processOf),
    body: () => ({ title: 'Accept by then', dueAt: '2030-01-01T00:00:00.000Z' }),
  },
  'POST /api/deadlines/{deadlineId}/moves': {
    kind: 'write',
    action: 'update',
    target: shared('deadline', (w, p) => w.objects.get(p.deadlineId as string) as Shared),
    body: () => ({ dueAt: '2031-01-01T00:00:00.000Z', reason: 'moved in the matrix' }),
  },
  'POST /api/deadlines/{deadlineId}/outcome': {
    kind: 'write',
    action: 'update',
    target: shared('deadline', (w, p) => w.objects.get(p.deadlineId as string) as Shared),
    body: () => ({ outcome: 'lifted', note: 'lifted in the matrix' }),
  },
  'GET /api/processes/{processId}/councils': { kind: 'read' },
  'POST /api/processes/{processId}/councils': {
    kind: 'write',
    action: 'create-council',
    target: shared('process', processOf),
    body: () => ({ name: 'A matrix council', rule: { kind: 'consensus' }, audience: { kind: 'process' } }),
  },
  // Seats are fixed while a motion is open: the council without motions takes the seat.
  'POST /api/councils/{councilId}/members': {
    kind: 'write',
    action: 'add-member',
    target: (w, p) => ({ kind: 'council', resource: councilOf(w, p.councilId as string) }),
    body: () => ({ name: 'A matrix seat', role: 'member' }),
  },
  'POST /api/councils/{councilId}/motions': {
    kind: 'write',
    action: 'open-motion',
    target: (w, p) => ({ kind: 'council', resource: councilOf(w, p.councilId as string) }),
    body: () => ({
      kind: 'amend',
      title: 'A matrix motion',
      text: 'Amend it.',
      closesAt: '2099-01-01T00:00:00.000Z',
    }),
  },
  // The seat named is held by no account: only a mediator records its vote, from the council's minutes.
  'POST /api/motions/{motionId}/votes': {
    kind: 'write',
    action: 'record-vote',
    target: (w, p) => ({
      kind: 'council',
      resource: councilOf(w, w.councilOfMotion.get(p.motionId as string) as string),
    }),
    body: (w) => ({ memberId: w.ids.unheldSeat, choice: 'abstain' }),
  },
  'POST /api/motions/{motionId}/close': {
    kind: 'write',
    action: 'close-motion',
    target: (w, p) => ({
      kind: 'council',
      resource: councilOf(w, w.councilOfMotion.get(p.motionId as string) as string),
    }),
  },
  'GET /api/processes/{processId}/implementation': { kind: 'read' },
  'GET /api/processes/{processId}/compliance': { kind: 'read' },
  // Only a final version's commitments are tracked: the draft ones are refused to the mediators too (409).
  'POST /api/commitments/{commitmentId}/tracking': {
    kind: 'write',
    action: 'track-commitment',
    target: shared('version', commitmentVersion),
    body: () => ({ weight: 2, indicators: ['an indicator'] }),
  },
  'POST /api/commitments/{commitmentId}/statuses': {
    kind: 'write',
    action: 'set-commitment-status',
    target: shared('version', commitmentVersion),
    body: () => ({ score: 2, reason: 'Half the forces withdrawn', on: '2025-11-20' }),
  },
  'POST /api/processes/{processId}/milestones': {
    kind: 'write',
    action: 'record-milestone',
    target: shared('process', processOf),
    body: () => ({ key: 'acceptance', label: 'Accepted', occurredAt: '2025-11-20T00:00:00.000Z' }),
  },
  'GET /api/processes/{processId}/funds': { kind: 'read' },
  'POST /api/processes/{processId}/funds': {
    kind: 'write',
    action: 'create-fund',
    target: shared('process', processOf),
    body: () => ({ name: 'A matrix fund' }),
  },
  // The seeded fund of the open talks holds a pledge by eu, its payment and an allocation to housing, and the
  // commitment the disbursement waits on is tracked at 2: each operation below fits, for whoever may record it.
  ...Object.fromEntries(
    (
      [
        ['pledges', () => ({ donor: 'eu', donorName: 'European Union', currency: 'USD', amount: 100 })],
        ['payments', () => ({ donor: 'eu', currency: 'USD', amount: 100 })],
        ['allocations', () => ({ project: 'housing', projectName: 'Housing', currency: 'USD', amount: 1 })],
        [
          'disbursements',
          (w: World) => ({
            project: 'housing',
            currency: 'USD',
            amount: 1,
            condition: { commitmentId: w.ids.fundCommitment, minStatus: 2 },
          }),
        ],
      ] as [string, (w: World) => unknown][]
    ).map(([segment, body]) => [
      `POST /api/funds/{fundId}/${segment}`,
      {
        kind: 'write',
        action: 'record-fund-operation',
        target: (w: World, p: Params) => ({
          kind: 'process',
          resource: processOf(w, { processId: w.processOfFund.get(p.fundId as string) as string }),
        }),
        body,
      } satisfies RouteRule,
    ]),
  ),
  'GET /api/processes/{processId}/monitoring': { kind: 'read' },
  'GET /api/processes/{processId}/transparency': { kind: 'read' },
  'GET /api/processes/{processId}/incidents/export': { kind: 'read' },
  'GET /api/processes/{processId}/guarantees': { kind: 'read' },
  'PUT /api/processes/{processId}/guarantees/rules': {
    kind: 'write',
    action: 'set-guarantee-rules',
    target: shared('process', processOf),
    body: () => ({
      rules: {
        format: 'concord.rules/1',
        rules: [
          { id: 'M', title: 'A matrix rule', trigger: { on: 'notification' }, start: { end: 'noted' } },
        ],
      },
    }),
  },
  'POST /api/processes/{processId}/guarantees/notifications': {
    kind: 'write',
    action: 'notify-guarantee',
    target: shared('process', processOf),
    body: () => ({ note: 'A matrix notification' }),
  },
  'POST /api/processes/{processId}/incidents': {
    kind: 'write',
    action: 'report-incident',
    target: shared('process', processOf),
    body: () => ({ ...MATRIX_INCIDENT, notes: 'A matrix incident' }),
  },
  'POST /api/processes/{processId}/incidents/import': {
    kind: 'write',
    action: 'report-incident',
    target: shared('process', processOf),
    body: () => ({
      csv: 'event_date,event_type,sub_event_type,actor1,location,latitude,longitude\n2025-10-19,Battles,Armed clash,A,Rafah,31.29,34.24\n',
    }),
  },
  'POST /api/incidents/{incidentId}/status': {
    kind: 'write',
    action: 'verify-incident',
    target: (w: World, p: Params) => ({
      kind: 'process',
      resource: processOf(w, { processId: w.processOfIncident.get(p.incidentId as string) as string }),
    }),
    body: () => ({ to: 'corroborated', reason: 'Two witnesses' }),
  },
  'POST /api/processes/{processId}/restrictions': {
    kind: 'write',
    action: 'record-restriction',
    target: shared('process', processOf),
    body: () => ({
      date: '2025-10-22',
      kind: 'delayed',
      by: 'A checkpoint',
      location: MATRIX_INCIDENT.location,
    }),
  },
  'POST /api/processes/{processId}/reports': {
    kind: 'write',
    action: 'file-report',
    target: shared('process', processOf),
    body: () => ({ from: '2025-10-13', to: '2025-10-19', summary: 'A quiet week' }),
  },
  'GET /api/demo/people': { kind: 'read' },
  'POST /api/demo/sign-in-as': { kind: 'sign-in', body: { key: 'nobody' } },
};

// The walk sends thousands of requests from one address in a minute: rates are another test's business
// (http/rate-limit.test.ts), and a 429 here would hide the answer the policy gives.
const LOTS = { perSecond: 1_000_000, burst: 1_000_000 };
const UNLIMITED = { read: LOTS, write: LOTS, signIn: LOTS, analysis: LOTS };

/** A marker string only one object holds: found in an answer, it shows the object's text reached the caller. */
const marker = (name: string) => `ZQ${name}${uuidv7().slice(-8)}QZ`;

async function seedWorld(store: Store, app: OpenAPIHono) {
  const leadAccount = await testAccount(store, { name: 'Lead mediator', mayOpenProcesses: true });
  const lead = await sessionHeaders(store, leadAccount.id);
  const ok = async (method: string, path: string, body?: unknown, headers = lead) => {
    const answer = await callWith(app, headers, method, path, body);
    assert.ok(answer.status < 300, `${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const objects = new Map<string, Shared & { id: string }>();
  const keep = (o: { id: string; processId?: string; audience: Audience }, processId = o.processId) =>
    objects.set(o.id, { id: o.id, processId: processId as string, audience: o.audience });
  /** marker → the roles that may read it (and the ids that go with it). */
  const secrets: { marker: string; ids: string[]; readers: RoleName[] }[] = [];
  const members: RoleName[] = [
    'lead',
    'staff',
    'delegateA',
    'delegateB',
    'observer',
    'council',
    'monitor',
    'donor',
    'intermediary',
  ];
  const mediators: RoleName[] = ['lead', 'staff'];

  const p1 = await ok('POST', '/api/processes', { title: 'Open talks', audience: { kind: 'public' } });
  keep(p1, p1.id);
  const party = async (processId: string, name: string, kind = 'party') => {
    const created = await ok('POST', `/api/processes/${processId}/parties`, { name, kind });
    // A party follows its process's audience.
    keep({ ...created, audience: objects.get(processId)?.audience }, processId);
    return created;
  };
  const [a, b, q] = [
    await party(p1.id, 'Party A'),
    await party(p1.id, 'Party B'),
    await party(p1.id, 'Qatar', 'intermediary'),
  ];
  const plan1 = await ok('POST', `/api/processes/${p1.id}/plans`, { title: 'Framework' });
  keep(plan1, p1.id);
  const versionOfPoint = new Map<string, string>();
  const versionOfCommitment = new Map<string, string>();
  const version = async (
    planId: string,
    processId: string,
    name: string,
    audience: Audience,
    readers: RoleName[],
  ) => {
    const label = marker(`V${name}`);
    const pointText = marker(`P${name}`);
    const action = marker(`C${name}`);
    // Written whole: a version shared beyond the mediators is frozen from the start.
    const v = await ok('POST', `/api/plans/${planId}/versions`, {
      label,
      audience,
      points: [{ text: { en: pointText }, commitments: [{ obligor: 'Party A', action }] }],
    });
    keep(v, processId);
    const point = v.points[0];
    versionOfPoint.set(point.id, v.id);
    const commitment = v.commitments[0];
    versionOfCommitment.set(commitment.id, v.id);
    if (readers.length < ROLE_NAMES.length)
      secrets.push(
        { marker: label, ids: [v.id, point.id, commitment.id], readers },
        { marker: pointText, ids: [], readers },
        { marker: action, ids: [], readers },
      );
    return { version: v, point, commitment };
  };
  const vPublic = await version(plan1.id, p1.id, 'PUB', { kind: 'public' }, [...ROLE_NAMES]);
  const vProcess = await version(plan1.id, p1.id, 'PROC', { kind: 'process' }, members);
  const vA = await version(plan1.id, p1.id, 'A', { kind: 'parties', partyIds: [a.id] }, [
    ...mediators,
    'delegateA',
    'observer',
  ]);
  const vQ = await version(plan1.id, p1.id, 'Q', { kind: 'parties', partyIds: [q.id] }, [
    ...mediators,
    'intermediary',
  ]);
  const vM = await version(plan1.id, p1.id, 'M', { kind: 'parties', partyIds: [] }, mediators);

  // The people of the first process: each role by session or by API token.
  const callers: Caller[] = [{ name: 'public', headers: {}, principal: null }];
  const principalOf = async (accountId: string, via: AccountPrincipal['via'], membershipId?: string) => {
    const p = (await loadPrincipal(store, accountId, via)) as AccountPrincipal;
    return membershipId === undefined
      ? p
      : { ...p, mayOpenProcesses: false, memberships: p.memberships.filter((m) => m.id === membershipId) };
  };
  const strangerAccount = await testAccount(store, { name: 'Stranger' });
  callers.push({
    name: 'stranger',
    headers: await sessionHeaders(store, strangerAccount.id),
    principal: await principalOf(strangerAccount.id, { kind: 'session', id: 'x' }),
  });
  callers.push({
    name: 'lead',
    headers: lead,
    principal: await principalOf(leadAccount.id, { kind: 'session', id: 'x' }),
  });
  const memberships = new Map<string, { processId: string; accountId: string }>();
  const roles: [
    RoleName,
    Parameters<typeof memberToken>[2],
    Parameters<typeof memberToken>[3],
    'session' | 'token',
  ][] = [
    ['staff', 'mediator', { rank: 'staff' }, 'token'],
    ['delegateA', 'delegate', { partyId: a.id }, 'session'],
    ['delegateB', 'delegate', { partyId: b.id }, 'token'],
    // An observer attached to party A reads what is shared with A, but never A's confidential valuation.
    ['observer', 'observer', { partyId: a.id }, 'token'],
    ['council', 'council', { rank: 'member' }, 'session'],
    ['monitor', 'monitor', {}, 'token'],
    ['donor', 'donor', {}, 'session'],
    ['intermediary', 'intermediary', { partyId: q.id }, 'token'],
  ];
  const tokens: Record<string, string> = {};
  for (const [name, role, options, via] of roles) {
    const made = await memberToken(store, p1.id, role, { ...options, name });
    memberships.set(made.membership.id, { processId: p1.id, accountId: made.accountId });
    tokens[name] = made.membership.id;
    callers.push(
      via === 'token'
        ? {
            name,
            headers: { authorization: `Bearer ${made.token}` },
            principal: await principalOf(made.accountId, { kind: 'token', id: 'x' }, made.membership.id),
          }
        : {
            name,
            headers: await sessionHeaders(store, made.accountId),
            principal: await principalOf(made.accountId, { kind: 'session', id: 'x' }),
          },
    );
  }
  const leadMembership = (await store.memberships.listByAccount(leadAccount.id))[0];
  const leadCaller = callers.find((c) => c.name === 'lead') as Caller;
  assert.ok(leadMembership);
  memberships.set(leadMembership.id, { processId: p1.id, accountId: leadAccount.id });

  // Party A's confidential valuation: Party A's delegates and the mediators only.
  const valuationNote = marker('VALA');
  const delegateA = callers.find((c) => c.name === 'delegateA') as Caller;
  await ok(
    'PUT',
    `/api/plans/${plan1.id}/valuations/${a.id}`,
    { reservation: 0.5, points: [], note: valuationNote },
    delegateA.headers,
  );
  secrets.push({ marker: valuationNote, ids: [], readers: [...mediators, 'delegateA'] });

  // Party A's positions: a private one on the public version (A's delegates and the mediators), and one A
  // published on the version shared with A (whoever reads that version, A's observer too).
  const positionNote = marker('POSA');
  const privatePosition = await ok(
    'POST',
    `/api/points/${vPublic.point.id}/positions`,
    {
      partyId: a.id,
      stance: 'red-line',
      rationale: positionNote,
      source: { kind: 'meeting' },
      takenOn: '2025-11-20',
    },
    delegateA.headers,
  );
  secrets.push({ marker: positionNote, ids: [privatePosition.id], readers: [...mediators, 'delegateA'] });
  // What the policy decides a publication on: the position's version's audience, its party, whether it is public.
  const positionOf = new Map<string, Shared & { partyId: string; published: boolean }>();
  positionOf.set(privatePosition.id, {
    ...(objects.get(vPublic.version.id) as Shared),
    partyId: a.id,
    published: false,
  });
  const publishedNote = marker('POSPUB');
  const publishedPosition = await ok(
    'POST',
    `/api/points/${vA.point.id}/positions`,
    {
      partyId: a.id,
      stance: 'supports',
      rationale: publishedNote,
      source: { kind: 'statement' },
      takenOn: '2025-11-20',
      published: true,
    },
    delegateA.headers,
  );
  positionOf.set(publishedPosition.id, {
    ...(objects.get(vA.version.id) as Shared),
    partyId: a.id,
    published: true,
  });
  secrets.push({
    marker: publishedNote,
    ids: [publishedPosition.id],
    readers: [...mediators, 'delegateA', 'observer'],
  });

  // Party A's sealed marks on the process-wide version: the record's id reaches Party A's delegates alone (not
  // the mediators, not A's observer), through the log entry they may read.
  await ok(
    'PUT',
    `/api/versions/${vProcess.version.id}/acceptability`,
    { points: [{ lineageId: vProcess.point.lineageId, wordings: { [vProcess.version.id]: true } }] },
    delegateA.headers,
  );
  const marksA = await store.acceptability.get(vProcess.version.id, a.id);
  assert.ok(marksA);
  secrets.push({ marker: marksA.id, ids: [], readers: ['delegateA'] });

  // A second process, closed to its members (the lead alone).
  const p2Title = marker('P2');
  const p2 = await ok('POST', '/api/processes', { title: p2Title, audience: { kind: 'process' } });
  keep(p2, p2.id);
  const x = await party(p2.id, marker('X'));
  const plan2Title = marker('PL2');
  const plan2 = await ok('POST', `/api/processes/${p2.id}/plans`, { title: plan2Title });
  keep(plan2, p2.id);
  const v2 = await version(plan2.id, p2.id, '2', { kind: 'process' }, ['lead']);
  const p2Membership = (await store.memberships.listByAccount(leadAccount.id)).find(
    (m) => m.processId === p2.id,
  );
  assert.ok(p2Membership);
  memberships.set(p2Membership.id, { processId: p2.id, accountId: leadAccount.id });
  // The lead now also leads the closed process.
  leadCaller.principal = await principalOf(leadAccount.id, { kind: 'session', id: 'x' });
  secrets.push({ marker: p2Title, ids: [p2.id, x.id, plan2.id, p2Membership.id], readers: ['lead'] });
  secrets.push(
    { marker: x.name, ids: [], readers: ['lead'] },
    { marker: plan2Title, ids: [], readers: ['lead'] },
  );

  // Open invitations: only those who manage members see them.
  const processOfInvitation = new Map<string, string>();
  const invitationNames: string[] = [];
  for (const processId of [p1.id, p2.id]) {
    const name = marker('INV');
    const invitation = await ok('POST', `/api/processes/${processId}/invitations`, {
      role: 'observer',
      name,
    });
    processOfInvitation.set(invitation.id, processId);
    invitationNames.push(name);
    secrets.push({ marker: name, ids: [invitation.id], readers: ['lead'] });
  }

  // Around the texts: a version delivered to party A (its delivery: A and the mediators), a consultation with
  // party B present, a deadline shared with the intermediary's party only, and, in the closed process, a
  // statement and a deadline only its lead reads.
  const vD = await version(plan1.id, p1.id, 'D', { kind: 'parties', partyIds: [] }, [
    ...mediators,
    'delegateA',
    'observer',
  ]);
  const deliveryNote = marker('DLV');
  const delivery = await ok('POST', `/api/versions/${vD.version.id}/deliveries`, {
    partyId: a.id,
    deliveredBy: 'A courier',
    form: 'electronic',
    deliveredAt: '2025-11-20T12:00:00.000Z',
    note: deliveryNote,
  });
  secrets.push({
    marker: deliveryNote,
    ids: [delivery.id],
    readers: [...mediators, 'delegateA', 'observer'],
  });
  const consultationSummary = marker('CNS');
  const consultation = await ok('POST', `/api/processes/${p1.id}/consultations`, {
    kind: 'meeting',
    heldAt: '2025-11-22T12:00:00.000Z',
    title: 'A meeting',
    partyIds: [b.id],
    summary: consultationSummary,
  });
  secrets.push({ marker: consultationSummary, ids: [consultation.id], readers: [...mediators, 'delegateB'] });
  const deadlineQ = marker('DLQ');
  const dlQ = await ok('POST', `/api/processes/${p1.id}/deadlines`, {
    title: deadlineQ,
    dueAt: '2025-11-27T00:00:00.000Z',
    setAt: '2025-11-21T12:00:00.000Z',
    audience: { kind: 'parties', partyIds: [q.id] },
  });
  keep(dlQ, p1.id);
  secrets.push({ marker: deadlineQ, ids: [dlQ.id], readers: [...mediators, 'intermediary'] });
  await ok('POST', `/api/processes/${p1.id}/statements`, {
    kind: 'denial',
    madeAt: '2025-11-20T12:00:00.000Z',
    speaker: 'A spokesman',
    summary: 'There are no talks',
  });
  const statement2 = marker('ST2');
  const st2 = await ok('POST', `/api/processes/${p2.id}/statements`, {
    kind: 'confirmation',
    madeAt: '2025-11-21T12:00:00.000Z',
    speaker: 'A minister',
    summary: statement2,
  });
  const deadline2 = marker('DL2');
  const dl2 = await ok('POST', `/api/processes/${p2.id}/deadlines`, {
    title: deadline2,
    dueAt: '2030-01-01T00:00:00.000Z',
  });
  keep(dl2, p2.id);
  secrets.push(
    { marker: statement2, ids: [st2.id], readers: ['lead'] },
    { marker: deadline2, ids: [dl2.id], readers: ['lead'] },
  );

  // Councils: a public one with an open motion every seat has voted on (closable) and one nobody has (votable),
  // one for the process's members without motions, and one in the closed process that only its lead reads.
  const councilOfMotion = new Map<string, string>();
  const council = async (processId: string, name: string, audience: Audience) => {
    const made = await ok('POST', `/api/processes/${processId}/councils`, {
      name,
      rule: { kind: 'consensus' },
      audience,
    });
    keep(made, processId);
    const seat = await ok('POST', `/api/councils/${made.id}/members`, {
      name: marker('SEAT'),
      role: 'chair',
    });
    return { id: made.id as string, seat: seat.id as string };
  };
  const motion = async (councilId: string, title: string) => {
    const made = await ok('POST', `/api/councils/${councilId}/motions`, {
      kind: 'finding-of-violation',
      title,
      text: 'A violation is found.',
      closesAt: '2099-01-01T00:00:00.000Z',
    });
    councilOfMotion.set(made.id, councilId);
    return made.id as string;
  };
  const cPublic = await council(p1.id, 'Public council', { kind: 'public' });
  const voted = await motion(cPublic.id, 'Voted motion');
  await ok('POST', `/api/motions/${voted}/votes`, { memberId: cPublic.seat, choice: 'for' });
  const unvoted = await motion(cPublic.id, 'Unvoted motion');
  const membersCouncil = marker('CMEM');
  const cMembers = await council(p1.id, membersCouncil, { kind: 'process' });
  secrets.push({ marker: membersCouncil, ids: [cMembers.id, cMembers.seat], readers: members });
  const closedCouncil = marker('C2');
  const c2 = await council(p2.id, closedCouncil, { kind: 'process' });
  const closedMotion = marker('M2');
  const m2 = await motion(c2.id, closedMotion);
  secrets.push(
    { marker: closedCouncil, ids: [c2.id, c2.seat, m2], readers: ['lead'] },
    { marker: closedMotion, ids: [], readers: ['lead'] },
  );

  // A final version kept to the mediators, its first commitment tracked with a status, its second not yet.
  const finalLabel = marker('VF');
  const tracked = [marker('CF1'), marker('CF2')];
  const vF = await ok('POST', `/api/plans/${plan1.id}/versions`, {
    label: finalLabel,
    status: 'final',
    audience: { kind: 'parties', partyIds: [] },
    points: [
      {
        text: { en: 'Implemented.' },
        commitments: tracked.map((action) => ({ obligor: 'Party A', action })),
      },
    ],
  });
  keep(vF, p1.id);
  const finalCommitments: string[] = vF.commitments.map((c: { id: string }) => c.id);
  for (const id of finalCommitments) versionOfCommitment.set(id, vF.id);
  await ok('POST', `/api/commitments/${finalCommitments[0]}/tracking`, {});
  await ok('POST', `/api/commitments/${finalCommitments[0]}/statuses`, { score: 1, reason: 'Begun' });
  await ok('POST', `/api/processes/${p1.id}/milestones`, {
    key: 'signature',
    label: 'Signed',
    occurredAt: '2025-11-19T00:00:00.000Z',
  });
  secrets.push(
    { marker: finalLabel, ids: [vF.id, ...finalCommitments], readers: mediators },
    ...tracked.map((m) => ({ marker: m, ids: [], readers: mediators })),
  );

  // A fund in the open talks with a pledge, its payment and an allocation, its disbursements waiting on a public
  // final version's tracked commitment (rated 2); a fund in the closed process only its lead reads.
  const vFund = await ok('POST', `/api/plans/${plan1.id}/versions`, {
    label: 'Reconstruction annex',
    status: 'final',
    audience: { kind: 'public' },
    points: [{ text: { en: 'Rebuilt.' }, commitments: [{ obligor: 'Party A', action: 'rebuild' }] }],
  });
  keep(vFund, p1.id);
  const fundCommitment = vFund.commitments[0].id as string;
  versionOfCommitment.set(fundCommitment, vFund.id);
  await ok('POST', `/api/commitments/${fundCommitment}/tracking`, {});
  await ok('POST', `/api/commitments/${fundCommitment}/statuses`, { score: 2, reason: 'Half rebuilt' });
  const processOfFund = new Map<string, string>();
  const fund = async (processId: string, name: string) => {
    const made = await ok('POST', `/api/processes/${processId}/funds`, { name });
    processOfFund.set(made.id, processId);
    return made.id as string;
  };
  const fund1 = await fund(p1.id, 'Open fund');
  const usd = { currency: 'USD', amount: 1_000 };
  await ok('POST', `/api/funds/${fund1}/pledges`, { ...usd, donor: 'eu', donorName: 'European Union' });
  await ok('POST', `/api/funds/${fund1}/payments`, { ...usd, donor: 'eu' });
  await ok('POST', `/api/funds/${fund1}/allocations`, { ...usd, project: 'housing', projectName: 'Housing' });
  const closedFund = marker('F2');
  const fund2 = await fund(p2.id, closedFund);
  secrets.push({ marker: closedFund, ids: [fund2], readers: ['lead'] });

  // An incident in each process; the closed process's names a marker only its lead may read.
  const processOfIncident = new Map<string, string>();
  const closedIncident = marker('I2');
  for (const [processId, notes] of [
    [p1.id, 'An open incident'],
    [p2.id, closedIncident],
  ] as const) {
    const made = await ok('POST', `/api/processes/${processId}/incidents`, { ...MATRIX_INCIDENT, notes });
    processOfIncident.set(made.id, processId);
  }
  secrets.push({ marker: closedIncident, ids: [], readers: ['lead'] });

  const leadTokens = await store.apiTokens.list(leadAccount.id);
  const leadSessions = await store.sessions.listFor(leadAccount.id, new Date().toISOString());
  assert.ok(leadSessions.length > 0 && leadTokens.length >= 0);
  return {
    objects,
    secrets,
    callers,
    memberships,
    versionOfPoint,
    versionOfCommitment,
    positionOf,
    processOfInvitation,
    councilOfMotion,
    processOfIncident,
    processOfFund,
    ids: {
      fundCommitment,
      unheldSeat: cPublic.seat,
      leadMembership: leadMembership.id,
      leadSession: leadSessions[0]?.id ?? uuidv7(),
      leadToken: leadTokens[0]?.id ?? uuidv7(),
      partyA: a.id,
      partyB: b.id,
    },
    params: {
      processId: [p1.id, p2.id],
      partyId: [a.id, b.id, x.id],
      planId: [plan1.id, plan2.id],
      otherPlanId: [plan1.id, plan2.id],
      versionId: [vPublic, vProcess, vA, vQ, vM, v2].map((v) => v.version.id),
      otherVersionId: [vPublic, vA, vM].map((v) => v.version.id),
      pointId: [vPublic, vProcess, vA, vM, v2].map((v) => v.point.id),
      commitmentId: [...[vPublic, vA, vM, v2].map((v) => v.commitment.id), ...finalCommitments],
      membershipId: [...memberships.keys()],
      invitationId: [...processOfInvitation.keys()],
      deadlineId: [dlQ.id, dl2.id],
      positionId: [privatePosition.id, publishedPosition.id],
      councilId: [cMembers.id, cPublic.id, c2.id],
      motionId: [voted, unvoted, m2],
      incidentId: [...processOfIncident.keys()],
      fundId: [fund1, fund2],
      passkeyId: ['not-a-passkey-of-yours'],
      sessionId: [leadSessions[0]?.id ?? uuidv7()],
      tokenId: [leadTokens[0]?.id ?? uuidv7()],
      accountId: [leadAccount.id],
      keyId: [uuidv7()],
      copyId: [uuidv7()],
    } as Record<string, string[]>,
  };
}

/** Every concrete path of a templated one: each parameter over its seeded values (all combinations). */
function expand(template: string, world: World, logSize: number): { path: string; params: Params }[] {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  let combos: Params[] = [{}];
  for (const name of names) {
    const values =
      name === 'index' ? Array.from({ length: logSize }, (_, i) => String(i)) : (world.params[name] ?? []);
    assert.ok(values.length > 0, `no seeded values for {${name}} in ${template}`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  }
  return combos.map((params) => ({
    path: template.replace(/\{(\w+)\}/g, (_, n: string) => params[n] as string),
    params,
  }));
}

const QUERIES: Record<string, (logSize: number) => string> = {
  '/api/log/entries': () => '?from=0&limit=1000',
  '/api/log/proofs/inclusion': (n) => `?index=${n - 1}&size=${n}`,
  '/api/log/proofs/consistency': (n) => `?size1=1&size2=${n}`,
};

/** What of the seeded secrets `caller` may not read, and that an answer therefore must not hold. */
function forbiddenFor(world: World, caller: RoleName): string[] {
  return world.secrets.filter((s) => !s.readers.includes(caller)).flatMap((s) => [s.marker, ...s.ids]);
}

function assertNoLeak(answer: Answer, request: string, sent: string, forbidden: string[], who: RoleName) {
  const headers = [...answer.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
  const text = `${headers}\n${typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body)}`;
  for (const secret of forbidden)
    if (!sent.includes(secret))
      assert.ok(!text.includes(secret), `${who}: ${request} answered ${secret}, which ${who} may not read`);
}

for (const target of databaseTargets()) {
  describe(`route matrix (${target.name})`, () => {
    let store: Store;
    let app: OpenAPIHono;
    let world: World;
    // Fixed, so that no session's last use is refreshed between two digests of the tables.
    const startedAt = new Date();
    const clock = () => new Date(startedAt);
    before(async () => {
      store = await target.open();
      app = createApp({ store, clock, demo: { people: [] }, rateLimits: UNLIMITED });
      world = await seedWorld(store, app);
    });
    after(() => store.close());

    const routesOf = async (a: OpenAPIHono) => {
      const doc = (await (await a.request('/openapi.json')).json()) as { paths: Record<string, object> };
      return Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
      );
    };

    test('every route of the OpenAPI document is in the matrix, and the matrix names no route that is gone', async () => {
      const documented = (await routesOf(app)).sort();
      assert.deepEqual(documented, Object.keys(ROUTES).sort());
    });

    test('reads: no answer to anyone holds a marker or an id of what they may not read', async () => {
      const logSize = (await store.log.size()) as number;
      const seen = new Set<string>();
      for (const route of await routesOf(app)) {
        const rule = ROUTES[route];
        if (rule?.kind !== 'read') continue;
        const template = route.slice(4);
        for (const { path } of expand(template, world, logSize)) {
          const full = path + (QUERIES[template]?.(logSize) ?? '');
          for (const caller of world.callers) {
            const answer = await callWith(app, caller.headers, 'GET', full);
            assert.ok(answer.status < 500, `${caller.name}: GET ${full} answered ${answer.status}`);
            assertNoLeak(answer, `GET ${full}`, full, forbiddenFor(world, caller.name), caller.name);
            const text = JSON.stringify(answer.body);
            for (const s of world.secrets) if (text.includes(s.marker)) seen.add(s.marker);
          }
        }
      }
      // The check above holds only if the secrets are there to be leaked: each was read by someone allowed.
      for (const s of world.secrets) assert.ok(seen.has(s.marker), `no reader ever saw ${s.marker}`);
    });

    test('writes: whatever the policy refuses is refused as it should be, changes nothing and leaks nothing', async () => {
      const logSize = (await store.log.size()) as number;
      for (const route of await routesOf(app)) {
        const rule = ROUTES[route] as RouteRule;
        if (rule.kind === 'read') continue;
        const [method, template] = route.split(' ') as [string, string];
        for (const { path, params } of expand(template, world, logSize)) {
          for (const caller of world.callers) {
            const expected = expectedRefusal(rule, caller, world, params);
            if (expected === 'allowed') continue;
            const body =
              rule.kind === 'sign-in' || rule.kind === 'query'
                ? rule.body
                : typeof rule.body === 'function'
                  ? rule.body(world)
                  : undefined;
            const beforeDigest = await tableDigest(store);
            const beforeSize = await store.log.size();
            const headers = { ...caller.headers, origin: DEFAULT_ORIGIN };
            const answer = await callWith(app, headers, method, path, body);
            const request = `${caller.name}: ${method} ${path}`;
            const opensCeremony = rule.kind === 'sign-in' && rule.writesChallenge === true;
            const harmless = rule.kind === 'self' && rule.harmless === true;
            if (harmless) assert.equal(answer.status, 204, request);
            else if (rule.kind === 'query')
              assert.ok(answer.status < 500, `${request} answered ${answer.status}`);
            else if (!opensCeremony)
              assert.ok(
                answer.status >= 400 && answer.status < 500,
                `${request} answered ${answer.status} ${JSON.stringify(answer.body)}`,
              );
            if (typeof expected === 'number')
              assert.equal(answer.status, expected, `${request}: ${JSON.stringify(answer.body)}`);
            assert.equal(await store.log.size(), beforeSize, `${request} appended to the log`);
            const afterDigest = await tableDigest(store);
            // Beginning a passkey sign-in is open to all by design: it stores a challenge, and nothing else.
            if (opensCeremony) {
              delete afterDigest.webauthn_challenges;
              delete beforeDigest.webauthn_challenges;
            }
            assert.deepEqual(afterDigest, beforeDigest, `${request} changed a table`);
            assertNoLeak(
              answer,
              request,
              path + JSON.stringify(body ?? ''),
              forbiddenFor(world, caller.name),
              caller.name,
            );
          }
        }
      }
    });

    test('CSRF: every write from another site in a signed-in browser is refused, even one the policy allows', async () => {
      const logSize = (await store.log.size()) as number;
      const browsers = world.callers.filter((c) => c.headers.cookie !== undefined);
      assert.ok(
        browsers.some((c) => c.name === 'lead'),
        'the lead mediator signs in by session',
      );
      for (const route of await routesOf(app)) {
        const rule = ROUTES[route] as RouteRule;
        if (rule.kind === 'read') continue;
        const [method, template] = route.split(' ') as [string, string];
        const body =
          rule.kind === 'sign-in' || rule.kind === 'query'
            ? rule.body
            : typeof rule.body === 'function'
              ? rule.body(world)
              : undefined;
        // One concrete path per route is enough here: the check runs before any route does.
        const { path } = expand(template, world, logSize)[0] as { path: string };
        for (const caller of browsers) {
          const before = await tableDigest(store);
          const forged = { ...caller.headers, origin: 'https://evil.example' };
          const answer = await callWith(app, forged, method, path, body);
          const request = `${caller.name}: ${method} ${path} from another site`;
          assert.equal(answer.status, 403, `${request}: ${JSON.stringify(answer.body)}`);
          assert.equal(answer.body?.type, 'https://concord.dev/problems/csrf', request);
          assert.deepEqual(await tableDigest(store), before, `${request} changed a table`);
        }
      }
    });

    test('writes the policy allows succeed (one per route, in a world of its own), so refusals are not all the matrix knows', async () => {
      const fresh = await target.open();
      try {
        const freshApp = createApp({ store: fresh, clock, demo: { people: [] }, rateLimits: UNLIMITED });
        const w = await seedWorld(fresh, freshApp);
        const logSize = await fresh.log.size();
        const writes = Object.entries(ROUTES).filter(([, r]) => r.kind === 'write');
        // Membership changes last: suspending someone would change what later writes may do.
        writes.sort(([a], [b]) => Number(a.includes('/memberships/')) - Number(b.includes('/memberships/')));
        for (const [route, rule] of writes) {
          if (rule.kind !== 'write') continue;
          const [method, template] = route.split(' ') as [string, string];
          const candidates = expand(template, w, logSize).flatMap(({ path, params }) =>
            w.callers
              .filter((c) => expectedRefusal(rule, c, w, params) === 'allowed')
              .map((c) => ({ path, c })),
          );
          assert.ok(candidates.length > 0, `nobody may ever ${route}: the matrix has no allowed case`);
          // The first allowed case that fits (sharing something already public is a 409, say) must succeed.
          const refusals: string[] = [];
          for (const { path, c } of candidates) {
            const headers = { ...c.headers, origin: DEFAULT_ORIGIN };
            const answer = await callWith(freshApp, headers, method, path, rule.body?.(w));
            if (answer.status < 300) break;
            refusals.push(`${c.name} ${path}: ${answer.status} ${answer.body?.detail}`);
            assert.ok(
              refusals.length < candidates.length,
              `every allowed ${route} was refused:\n${refusals.join('\n')}`,
            );
          }
        }
      } finally {
        await fresh.close();
      }
    });
  });
}

/** The party the caller is an active delegate of in the process, if any. */
function delegatedParty(caller: Caller, processId: string): string | null {
  if (caller.principal?.kind !== 'account') return null;
  const m = caller.principal.memberships.find(
    (x) => x.processId === processId && x.status === 'active' && x.role === 'delegate',
  );
  return m?.partyId ?? null;
}

/** What a write must answer for this caller: a status, any refusal (null), or 'allowed' (not sent here). */
function expectedRefusal(
  rule: RouteRule,
  caller: Caller,
  world: World,
  params: Params,
): number | null | 'allowed' {
  if (rule.kind === 'read') return 'allowed';
  if (rule.kind === 'sign-in' || rule.kind === 'query') return null;
  if (rule.kind === 'self') {
    const viaToken = caller.principal?.kind === 'account' && caller.principal.via.kind === 'token';
    if (rule.harmless) return caller.principal === null || viaToken ? null : 'allowed';
    if (caller.principal === null) return 401;
    if (viaToken) return 403;
    // A session acting on its own account is its own business (not sent); on another's objects it is a 404.
    // The targets are the lead mediator's own session, token and membership.
    if (!rule.targeted || caller.name === 'lead') return 'allowed';
    return rule.refusal === undefined ? 404 : rule.refusal;
  }
  const target = rule.target(world, params, caller);
  if (target === null) return caller.principal === null ? 401 : null;
  const { kind, resource } = target;
  const decision = authorize(caller.principal, rule.action as Action<typeof kind>, kind, resource as never);
  if (decision.allowed) return 'allowed';
  // The public is told to sign in before anything is looked up, so a 401 says nothing about what exists.
  if (caller.principal === null) return 401;
  return decision.visible ? 403 : 404;
}
