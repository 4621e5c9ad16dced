import type { Repositories } from '@concord/db';
import type { VersionDetail } from '../types.ts';
import { mustExist } from './lookups.ts';

export async function readVersionDetail(repos: Repositories, versionId: string): Promise<VersionDetail> {
  const version = await mustExist('version', versionId, (id) => repos.versions.get(id));
  const plan = await mustExist('plan', version.planId, (id) => repos.plans.get(id));
  const [points, commitments] = await Promise.all([
    repos.points.listByVersion(versionId),
    repos.commitments.listByVersion(versionId),
  ]);
  return { ...version, processId: plan.processId, points, commitments };
}
