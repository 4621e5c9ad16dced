// The projector: maps one logged event to read-table operations. Each entity's mapping lives in its own file.
import type { ConcordEvent } from '@concord/core';
import { acceptabilityOps } from './acceptability.ts';
import { accountKeyOps } from './account-key.ts';
import { audienceOps } from './audience.ts';
import { consultationOps, deliveryOps, statementOps } from './briefing.ts';
import { commitmentOps } from './commitment.ts';
import { councilOps } from './council.ts';
import { deadlineOps } from './deadline.ts';
import { fundOps } from './fund.ts';
import { guaranteeOps } from './guarantee.ts';
import { membershipOps } from './membership.ts';
import { monitoringOps } from './monitoring.ts';
import type { ProjectionOp } from './ops.ts';
import { partyOps } from './party.ts';
import { planOps } from './plan.ts';
import { pointOps } from './point.ts';
import { positionOps } from './position.ts';
import { processOps } from './process.ts';
import { releasedCopyOps } from './released-copy.ts';
import { trackingOps } from './tracking.ts';
import { valuationOps } from './valuation.ts';
import { versionOps } from './version.ts';

export type { PendingStatement, ProjectionOp } from './ops.ts';
export { applyOps, insertStatements } from './ops.ts';

export function projectionOps(event: ConcordEvent, logIndex: number): ProjectionOp[] {
  switch (event.type) {
    case 'process.created':
    case 'process.updated':
      return processOps(event, logIndex);
    case 'party.created':
    case 'party.updated':
      return partyOps(event, logIndex);
    case 'plan.created':
    case 'plan.updated':
      return planOps(event, logIndex);
    case 'version.created':
    case 'version.updated':
    case 'version.withdrawn':
      return versionOps(event, logIndex);
    case 'point.created':
    case 'point.updated':
    case 'point.removed':
      return pointOps(event, logIndex);
    case 'commitment.created':
    case 'commitment.updated':
    case 'commitment.removed':
      return commitmentOps(event, logIndex);
    case 'valuation.recorded':
      return valuationOps(event, logIndex);
    case 'membership.granted':
    case 'membership.changed':
      return membershipOps(event, logIndex);
    case 'audience.changed':
      return audienceOps(event, logIndex);
    case 'version.delivered':
      return deliveryOps(event, logIndex);
    case 'consultation.recorded':
      return consultationOps(event, logIndex);
    case 'statement.recorded':
      return statementOps(event, logIndex);
    case 'deadline.set':
    case 'deadline.moved':
    case 'deadline.closed':
      return deadlineOps(event, logIndex);
    case 'position.recorded':
    case 'position.published':
      return positionOps(event, logIndex);
    case 'acceptability.marked':
      return acceptabilityOps(event, logIndex);
    case 'council.created':
    case 'council.member-added':
    case 'motion.opened':
    case 'vote.cast':
    case 'motion.closed':
      return councilOps(event, logIndex);
    case 'commitment.tracked':
    case 'commitment.status-set':
    case 'milestone.recorded':
      return trackingOps(event, logIndex);
    case 'incident.reported':
    case 'incident.status-changed':
    case 'restriction.recorded':
    case 'report.filed':
      return monitoringOps(event, logIndex);
    case 'fund.created':
    case 'fund.pledged':
    case 'fund.paid':
    case 'fund.allocated':
    case 'fund.disbursed':
      return fundOps(event, logIndex);
    case 'key.registered':
    case 'key.rotated':
    case 'key.revoked':
    case 'version.signed':
      return accountKeyOps(event, logIndex);
    case 'copy.released':
      return releasedCopyOps(event, logIndex);
    case 'guarantee.rules-set':
    case 'guarantee.notified':
    case 'guarantee.finding-recorded':
    case 'guarantee.case-changed':
      return guaranteeOps(event, logIndex);
    default:
      return assertNever(event);
  }
}

function assertNever(event: never): never {
  throw new Error(`no projection for event ${JSON.stringify(event)}`);
}
