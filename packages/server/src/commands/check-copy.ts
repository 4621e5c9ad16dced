// The public authenticity check: a text (pasted, or read out of a file) against every version the caller may
// read, in each of its languages, and against the texts its copies were released with (a draft may have changed
// since). Only versions the caller may read are candidates, so for any other text the answer is "not
// authentic" with nothing closest: it says nothing about what exists beyond the caller's sight. An authentic
// text is tied to the copy it came from when the text singles one out (an unchanged file by its hash, or a
// fingerprint read with the tracing thresholds), with the log entry that records the release.
import {
  type Candidate,
  type CopyCheckAnswer,
  type CopyText,
  canonicalForm,
  checkText,
  copySource,
  textHash,
  traceLeak,
} from '@concord/core/copies';
import type { ReleasedCopy, Repositories, Store } from '@concord/db';

type VersionInfo = { versionId: string; versionLabel: string; planId: string; planTitle: string };

async function readableVersions(reader: Repositories): Promise<VersionInfo[]> {
  const out: VersionInfo[] = [];
  for (const process of await reader.processes.list())
    for (const plan of await reader.plans.listByProcess(process.id))
      for (const v of await reader.versions.listByPlan(plan.id))
        out.push({ versionId: v.id, versionLabel: v.label, planId: plan.id, planTitle: plan.title });
  return out;
}

const sameText = (copy: CopyText) =>
  JSON.stringify([copy.language, copy.points.map((p) => canonicalForm(p.text, copy.language).text)]);

/** Candidates per version and language: the text now and each distinct text copies were released with. */
async function candidatesOf(reader: Repositories, store: Store, versions: VersionInfo[]) {
  const candidates: Candidate[] = [];
  const copiesByVersion = new Map<string, ReleasedCopy[]>();
  for (const v of versions) {
    const points = await reader.points.listByVersion(v.versionId);
    const copies = await store.copies.listByVersion(v.versionId);
    copiesByVersion.set(v.versionId, copies);
    const languages = [...new Set(points.flatMap((p) => Object.keys(p.text)))];
    const seen = new Set<string>();
    const texts = [
      ...languages.map((l) => copySource(`${v.planTitle}: ${v.versionLabel}`, l, points)),
      ...copies.map((c) => c.copy),
    ];
    for (const copy of texts) {
      const key = sameText(copy);
      if (seen.has(key) || copy.points.length === 0) continue;
      seen.add(key);
      candidates.push({ id: `${v.versionId}/${candidates.length}`, copy });
    }
  }
  return { candidates, copiesByVersion };
}

/** The copy an authentic text came from, when it singles one out. */
function releaseOf(text: string, copies: ReleasedCopy[], language: string): ReleasedCopy | null {
  const hash = textHash(text);
  const same = copies.find((c) => c.copyHash === hash || c.formats.md === hash);
  if (same !== undefined) return same;
  const inLanguage = copies.filter((c) => c.language === language);
  const trace = traceLeak(
    text,
    inLanguage.map((c) => ({ recipient: c.id, copy: c.copy })),
  );
  if (trace.verdict !== 'identified') return null;
  return inLanguage.find((c) => c.id === trace.ranking[0]?.recipient) ?? null;
}

export async function checkCopy(reader: Repositories, store: Store, text: string): Promise<CopyCheckAnswer> {
  const versions = await readableVersions(reader);
  const { candidates, copiesByVersion } = await candidatesOf(reader, store, versions);
  const outcome = checkText(text, candidates);
  const infoOf = (candidateId: string) => {
    const candidate = candidates.find((c) => c.id === candidateId) as Candidate;
    const info = versions.find((v) => candidateId.startsWith(`${v.versionId}/`)) as VersionInfo;
    return { ...info, language: candidate.copy.language };
  };
  if (!outcome.authentic) {
    const closest = outcome.closest;
    if (closest === null) return { authentic: false, closest: null };
    const { matched, differences } = closest;
    return { authentic: false, closest: { version: infoOf(closest.candidateId), matched, differences } };
  }
  // Several versions may hold the text (an unchanged point); the newest in the log is named.
  const match = outcome.matches[outcome.matches.length - 1] ?? outcome.matches[0];
  if (match === undefined) return { authentic: false, closest: null };
  const version = infoOf(match.candidateId);
  const released = releaseOf(text, copiesByVersion.get(version.versionId) ?? [], version.language);
  return {
    authentic: true,
    version,
    matched: match.matched,
    release:
      released === null
        ? null
        : {
            copyId: released.id,
            partyName: released.partyName,
            releasedAt: released.releasedAt,
            logIndex: released.logIndex,
            bundle: `/api/log/entries/${released.logIndex}/bundle`,
          },
    signedBy: { keyName: store.log.origin, verifierKey: store.log.verifierKey },
  };
}
