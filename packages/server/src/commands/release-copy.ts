// Releases a version to a recipient as a fingerprinted copy (core/copies): a mediator (the policy's `deliver`)
// names a party the version is already shared with, optionally one person of it, and a language of the version.
// The copy's text, its hash and its format hashes go into one `copy.released` entry scoped to that party and the
// mediators; the log's signed checkpoint covers it. Releasing again to the same recipient returns the same copy:
// two differently fingerprinted copies of one text in one hand would show where the fingerprints are.
import { randomBytes } from 'node:crypto';
import { covers, Id, newEvent, partiesAudience, uuidv7 } from '@concord/core';
import {
  CopyRelease,
  type CopyText,
  copySource,
  FINGERPRINT_SCHEME,
  findSites,
  fingerprintCopy,
  renderMarkdown,
  renderPlain,
  textHash,
} from '@concord/core/copies';
import type { ReleasedCopy, Tx } from '@concord/db';
import { fromBase64 } from '@concord/ledger/verify';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { partiesOfProcess } from './briefing-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { versionSubject } from './subjects.ts';

export type Released = { copy: ReleasedCopy; created: boolean };

/** Draws a copy's PDF (deterministic bytes): given, the release logs the PDF's hash beside the text formats'. */
export type PdfRenderer = (copy: CopyText, footer: string[], releasedAt: string) => Promise<Uint8Array>;

/** The footer every page of a copy's PDF carries: nothing in it names the recipient. */
export function copyFooter(c: { id: string; copyHash: string; copy: CopyText }): string[] {
  return [c.copy.title, `Concord copy ${c.id} · SHA-256 of the text copy ${c.copyHash}`];
}

export async function releaseCopy(
  ctx: CommandContext,
  versionId: string,
  input: unknown,
  renderPdf: PdfRenderer | null = null,
): Promise<Released> {
  const id = validate(Id, versionId, ['versionId']);
  const release = validate(CopyRelease, input);
  return writeAs(ctx, async (tx) => {
    const subject = await versionSubject(tx, id);
    const grant = permit(ctx, 'deliver', 'version', subject.resource, { what: 'version', id });
    const { entity: version, plan } = subject;
    const processId = subject.resource.processId;
    if (version.withdrawal) throw conflict(`version ${id} was withdrawn: it is released to nobody`);
    await partiesOfProcess(tx, processId, [{ path: 'partyId', id: release.partyId }]);
    if (!covers(version.audience, partiesAudience([release.partyId])))
      throw conflict(
        'this version is not shared with that party: deliver or share it first, then release a copy',
      );
    const accountId = release.accountId ?? null;
    if (accountId !== null) await mustBeOfParty(tx, processId, release.partyId, accountId);
    const points = await tx.points.listByVersion(id);
    const languages = [...new Set(points.flatMap((p) => Object.keys(p.text)))];
    const language = release.language ?? languages[0];
    if (language === undefined || !languages.includes(language))
      throw ruleBroken(`the version has no text in ${language ?? 'any language'}`, [
        {
          path: 'language',
          message: `must be one of: ${languages.join(', ') || 'none (the version is empty)'}`,
        },
      ]);
    const existing = (await tx.copies.listByVersion(id)).find(
      (c) => c.partyId === release.partyId && c.accountId === accountId && c.language === language,
    );
    if (existing !== undefined) return { copy: existing, created: false };
    const seed = fromBase64(await tx.copies.seed(() => randomBytes(32).toString('base64')));
    const source = copySource(`${plan.title}: ${version.label}`, language, points);
    const copy = fingerprintCopy(source, seed, accountId ?? release.partyId);
    const plain = renderPlain(copy);
    const at = ctx.clock().toISOString();
    const copyId = uuidv7(Date.parse(at));
    const copyHash = textHash(plain);
    const pdf =
      renderPdf === null ? null : await renderPdf(copy, copyFooter({ id: copyId, copyHash, copy }), at);
    const record = {
      id: copyId,
      versionId: id,
      processId,
      recipient: { partyId: release.partyId, accountId },
      language,
      scheme: FINGERPRINT_SCHEME,
      copyHash,
      formats: {
        txt: copyHash,
        md: textHash(renderMarkdown(copy)),
        ...(pdf === null ? {} : { pdf: textHash(pdf) }),
      },
      sites: findSites(copy).filter((s) => s.vary).length,
      copy,
    };
    // Its own subject: a later widening of the version's audience must not widen who reads the copy.
    const scope = { processId, subjectId: copyId, audience: partiesAudience([release.partyId]) };
    await tx.appendEvent(newEvent('copy.released', record, { ...stamp(ctx, grant, scope), at }));
    const stored = await tx.copies.get(copyId);
    if (stored === null) throw new Error('a released copy was not projected');
    return { copy: stored, created: true };
  });
}

async function mustBeOfParty(tx: Tx, processId: string, partyId: string, accountId: string) {
  const memberships = await tx.memberships.listByAccount(accountId);
  const member = memberships.some(
    (m) => m.processId === processId && m.partyId === partyId && m.status === 'active',
  );
  if (!member)
    throw ruleBroken('a copy for one person goes to a member of the party', [
      { path: 'accountId', message: 'is not an active member of that party in this process' },
    ]);
}
