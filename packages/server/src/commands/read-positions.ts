// The positions of a version as a matrix (parties × points, with contested points and resurfaced flags) and the
// history of one point's positions. Everything is read as the caller may read it, so a position the caller may
// not read is in no cell, no count, no flag and no history.
import {
  can,
  currentPositions,
  isContested,
  LineageGraph,
  type Membership,
  type Point,
  type PointPositionHistory,
  type Position,
  type PositionMatrix,
  type PositionView,
  type Principal,
  readScope,
  resurfacedIn,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { presentPosition } from '../presenters/position.ts';
import { mustExist } from './lookups.ts';

/** The first language's text of a point, as the matrix shows it beside the number. */
const textOf = (p: Point) => Object.values(p.text)[0] ?? '';

async function planContext(reader: Repositories, planId: string, processId: string) {
  const [versions, points, positions, members] = await Promise.all([
    reader.versions.listByPlan(planId),
    reader.points.listByPlan(planId),
    reader.positions.listByPlan(planId),
    reader.memberships.listByProcess(processId),
  ]);
  const graph = new LineageGraph({
    versions: versions.map((v) => ({ id: v.id, parentVersionId: v.parentVersionId, label: v.label })),
    points,
  });
  const byId = new Map<string, Membership>(members.map((m) => [m.id, m]));
  const present = (p: Position): PositionView => presentPosition(p, byId);
  return { versions, graph, positions, present };
}

export async function readPositionMatrix(
  reader: Repositories,
  principal: Principal | null,
  versionId: string,
): Promise<PositionMatrix> {
  const version = await mustExist('version', versionId, (id) => reader.versions.get(id));
  const plan = await mustExist('plan', version.planId, (id) => reader.plans.get(id));
  const { versions, graph, positions, present } = await planContext(reader, plan.id, plan.processId);
  const days = await reader.positions.versionDays(plan.id);
  // When the text existed: the day it was issued or written into Concord, whichever came first.
  const known = [days.get(version.id), version.issuedOn].filter((d): d is string => typeof d === 'string');
  const createdOn = known.length === 0 ? null : (known.sort()[0] as string);
  const flags = resurfacedIn(graph, positions, version.id, createdOn);
  const labels = new Map(versions.map((v) => [v.id, v.label]));
  // listByVersion answers in reading order already
  const points = await reader.points.listByVersion(version.id);
  const allParties = await reader.parties.listByProcess(plan.processId);
  const onVersion = new Set(positions.filter((p) => p.versionId === version.id).map((p) => p.partyId));
  const flagged = new Set(flags.map((f) => f.partyId));
  // The negotiating parties, any other with a position here, and the caller's own party (a delegation of an
  // intermediary records its positions too); a mediator records for the parties shown.
  const scope = readScope(principal);
  const own = new Set(scope.all ? [] : scope.delegateOf);
  const parties = allParties
    .filter((p) => p.kind === 'party' || onVersion.has(p.id) || flagged.has(p.id) || own.has(p.id))
    .map((p) => ({ id: p.id, name: p.name }));
  const resource = (partyId: string, published: boolean) => ({
    processId: plan.processId,
    audience: version.audience,
    partyId,
    published,
  });
  return {
    versionId: version.id,
    planId: plan.id,
    processId: plan.processId,
    parties,
    points: points.map((point) => {
      const current = currentPositions(positions, point.id);
      return {
        pointId: point.id,
        number: point.number,
        parentPointId: point.parentPointId,
        text: textOf(point),
        contested: isContested([...current.values()].map((p) => p.stance)),
        cells: parties.map(({ id }) => {
          const position = current.get(id);
          const flag = flags.find((f) => f.pointId === point.id && f.partyId === id);
          return {
            partyId: id,
            position: position ? present(position) : null,
            resurfaced: flag
              ? {
                  rejection: present(flag.rejection),
                  versionId: flag.rejectedVersionId,
                  versionLabel: labels.get(flag.rejectedVersionId) ?? '',
                  change: flag.change,
                }
              : null,
          };
        }),
      };
    }),
    mayRecordFor: parties
      .filter((p) => can(principal, 'record', 'position', resource(p.id, false)))
      .map((p) => p.id),
    mayPublishFor: parties
      .filter((p) => can(principal, 'publish', 'position', resource(p.id, true)))
      .map((p) => p.id),
  };
}

export async function readPointPositions(
  reader: Repositories,
  pointId: string,
): Promise<PointPositionHistory> {
  const point = await mustExist('point', pointId, (id) => reader.points.get(id));
  const version = await mustExist('version', point.versionId, (id) => reader.versions.get(id));
  const plan = await mustExist('plan', version.planId, (id) => reader.plans.get(id));
  const { versions, graph, positions, present } = await planContext(reader, plan.id, plan.processId);
  const kin = new Set([point.id, ...graph.ancestorsOf(point.id)]);
  const labels = new Map(versions.map((v) => [v.id, v.label]));
  return {
    pointId: point.id,
    items: positions
      .filter((p) => kin.has(p.pointId))
      .map((p) => ({
        ...present(p),
        versionLabel: labels.get(p.versionId) ?? '',
        pointNumber: graph.points.get(p.pointId)?.number ?? '',
      })),
  };
}
