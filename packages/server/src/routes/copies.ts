// Released copies (issue 9 items 3–5): release a version to a recipient as a fingerprinted copy, list and
// download copies, check any text for authenticity (public), trace a leaked text to its copy (mediators).
//
// For H1b (web pages and PDF), the routes and their shapes (zod schemas in @concord/core/copies, schemas.ts):
//   POST /api/versions/{versionId}/copies        body CopyRelease { partyId, accountId?, language? }
//        mediators only → 201 ReleasedCopySummary (200 with the same copy when that recipient already has one);
//        401 signed out, 403/404 not a mediator, 409 version not shared with the party / withdrawn, 422 bad
//        party, account or language. The copy's text is not in the answer: download it.
//   GET  /api/versions/{versionId}/copies        → 200 { items: ReleasedCopySummary[] }: the mediators see every
//        copy, a party's members only their party's copies, anyone else none.
//   GET  /api/copies/{copyId}/download?format=txt|md|pdf → the file (text/plain, text/markdown,
//        application/pdf) with Content-Disposition attachment and X-Copy-Hash (the hash the log records for
//        that format); 404 to anyone who may not read the copy. PDF: the seam is `renderPdf` below.
//   POST /api/copies/check                       body CopyCheck { text } | { pdf: base64 }, no sign-in →
//        200 CopyCheckAnswer: { authentic: true, version {versionId, versionLabel, planId, planTitle,
//        language}, matched: point numbers, release: { copyId, partyName, releasedAt, logIndex, bundle } | null,
//        signedBy: { keyName, verifierKey } } or { authentic: false, closest: { version, matched,
//        differences: [{ number, expected, found }] } | null }. Only versions the caller may read are compared.
//        PDF: the seam is `readPdf` below (until wired: 415 problem).
//   POST /api/versions/{versionId}/copies/trace  body LeakTrace { text, language? }, mediators only →
//        200 LeakTraceAnswer { verdict: identified | not-enough-evidence, summary (words for the page),
//        exposed[], ranking[{ copyId, partyName, accountId, posterior, agree, disagree }], unknownSource,
//        pairs[{ partyNames, logLikelihoodRatio }], thresholds } (no copy released: not-enough-evidence, says so).
import {
  CopyCheck,
  CopyCheckAnswer,
  CopyRelease,
  type CopyText,
  LeakTrace,
  LeakTraceAnswer,
  ReleasedCopySummary,
  renderMarkdown,
  renderPlain,
} from '@concord/core/copies';
import type { ReleasedCopy } from '@concord/db';
import { fromBase64 } from '@concord/ledger/verify';
import { createRoute, z } from '@hono/zod-openapi';
import { checkCopy } from '../commands/check-copy.ts';
import { copyFooter, releaseCopy } from '../commands/release-copy.ts';
import { traceCopyLeak } from '../commands/trace-leak.ts';
import * as pdf from '../copies/pdf/index.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { notFound, ProblemError } from '../problems.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

/** Seams for the PDF module (copies/pdf): a copy's PDF (the same bytes for the same copy) and an upload's text. */
const renderPdf: ((copy: CopyText, footer: string[], releasedAt: string) => Promise<Uint8Array>) | null =
  pdf.renderPdf;
const readPdf: ((bytes: Uint8Array) => Promise<string>) | null = pdf.readPdf;

const tags = ['copies'];
const Summary = ReleasedCopySummary.meta({ id: 'ReleasedCopySummary' });
const problem = (description: string) => ({ ...writeProblemResponses[415], description });

const release = createRoute({
  method: 'post',
  path: '/api/versions/{versionId}/copies',
  tags,
  summary: 'Release the version to a party (or one person of it) as a fingerprinted copy (mediators)',
  middleware: [needsSignIn('releasing a copy')],
  request: { params: idParam('versionId'), body: jsonBody(CopyRelease.meta({ id: 'CopyRelease' })) },
  responses: {
    200: jsonAnswer(Summary, 'That recipient already had this copy: the same copy'),
    201: jsonAnswer(Summary, 'The copy, released and logged'),
    ...writeProblemResponses,
    ...accessProblemResponses,
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/versions/{versionId}/copies',
  tags,
  summary: "The version's released copies the caller may see (mediators: all; a party's members: its own)",
  request: { params: idParam('versionId') },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Summary) }), 'The copies, oldest first'),
    ...problemResponses,
  },
});

const FORMATS = ['txt', 'md', 'pdf'] as const;

const download = createRoute({
  method: 'get',
  path: '/api/copies/{copyId}/download',
  tags,
  summary: 'Download a released copy as plain text, Markdown or PDF (its recipient and the mediators)',
  request: { params: idParam('copyId'), query: z.object({ format: z.enum(FORMATS).default('txt') }) },
  responses: {
    200: {
      description: 'The copy as a file to save',
      content: { 'text/plain': { schema: z.string() }, 'text/markdown': { schema: z.string() } },
    },
    415: problem('This format cannot be produced here'),
    ...problemResponses,
  },
});

const check = createRoute({
  method: 'post',
  path: '/api/copies/check',
  tags,
  summary: 'Check whether a text is an authentic Concord text, and where it comes from (no sign-in needed)',
  request: { body: jsonBody(CopyCheck.meta({ id: 'CopyCheck' })) },
  responses: {
    200: jsonAnswer(
      CopyCheckAnswer.meta({ id: 'CopyCheckAnswer' }),
      'Authentic (where from) or not (closest)',
    ),
    413: problem('Request body too large'),
    415: problem('PDF files cannot be read here'),
    422: problem('The file holds no text to check'),
    ...problemResponses,
  },
});

const trace = createRoute({
  method: 'post',
  path: '/api/versions/{versionId}/copies/trace',
  tags,
  summary: 'Trace a leaked text to the released copies of this version it could come from (mediators)',
  middleware: [needsSignIn('tracing a leak')],
  request: { params: idParam('versionId'), body: jsonBody(LeakTrace.meta({ id: 'LeakTrace' })) },
  responses: {
    200: jsonAnswer(
      LeakTraceAnswer.meta({ id: 'LeakTraceAnswer' }),
      'The ranking, its evidence and the verdict',
    ),
    ...problemResponses,
    ...accessProblemResponses,
  },
});

const unsupported = (detail: string) =>
  new ProblemError({ status: 415, slug: 'unsupported-media-type', title: 'Unsupported format', detail });

async function fileOf(c: ReleasedCopy, format: (typeof FORMATS)[number]) {
  if (format === 'md') return { body: renderMarkdown(c.copy), type: 'text/markdown; charset=utf-8' };
  if (format === 'txt') return { body: renderPlain(c.copy), type: 'text/plain; charset=utf-8' };
  if (renderPdf === null)
    throw unsupported('PDF copies are not available on this server yet: download txt or md');
  return { body: await renderPdf(c.copy, copyFooter(c), c.releasedAt), type: 'application/pdf' };
}

async function textToCheck(input: CopyCheck): Promise<string> {
  if (input.text !== undefined) return input.text;
  if (readPdf === null || input.pdf === undefined)
    throw unsupported('PDF files cannot be read here yet: paste the text instead');
  return readPdf(fromBase64(input.pdf));
}

export function copyRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(release, async (c) => {
      const { versionId } = c.req.valid('param');
      const ctx = commandContext(c, deps);
      const { copy, created } = await releaseCopy(ctx, versionId, c.req.valid('json'), renderPdf);
      const { copy: _text, ...summary } = copy;
      return created ? c.json(summary, 201) : c.json(summary, 200);
    })
    .openapi(list, async (c) => {
      const { versionId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      if ((await reader.versions.get(versionId)) === null) throw notFound('version', versionId);
      const items = (await reader.copies.listByVersion(versionId)).map(
        ({ copy: _text, ...summary }) => summary,
      );
      return c.json({ items }, 200);
    })
    .openapi(download, async (c) => {
      const { copyId } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const copy = await readerOf(c, deps).copies.get(copyId);
      if (copy === null) throw notFound('copy', copyId);
      const file = await fileOf(copy, format);
      const name = `concord-copy-${copy.id}.${format}`;
      const hash = format === 'pdf' ? copy.formats.pdf : copy.formats[format];
      return c.body(file.body as string, 200, {
        'Content-Type': file.type,
        'Content-Disposition': `attachment; filename="${name}"`,
        ...(hash === undefined ? {} : { 'X-Copy-Hash': hash }),
      });
    })
    .openapi(check, async (c) => {
      const text = await textToCheck(c.req.valid('json'));
      if (text.trim().length === 0)
        throw new ProblemError({
          status: 422,
          slug: 'no-text',
          title: 'No text',
          detail: 'the file holds no text to check',
        });
      const reader = deps.store.readAs(principalOf(c));
      return c.json(await checkCopy(reader, deps.store, text), 200);
    })
    .openapi(trace, async (c) => {
      const { versionId } = c.req.valid('param');
      return c.json(await traceCopyLeak(commandContext(c, deps), versionId, c.req.valid('json')), 200);
    });
}
