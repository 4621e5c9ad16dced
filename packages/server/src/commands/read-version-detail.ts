import type { Repositories } from '@concord/db';
import type { VersionDetail } from '../types.ts';
import { mustExist } from './lookups.ts';

export async function readVersionDetail(repos: Repositories, versionId: string): Promise<VersionDetail> {
  const version = await mustExist('version', versionId, (id) => repos.versions.get(id));
  const [points, commitments] = await Promise.all([
    repos.points.listByVersion(versionId),
    repos.commitments.listByVersion(versionId),
  ]);
  return { ...version, points, commitments };
}
