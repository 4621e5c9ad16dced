// The PDF side of released copies, as the copies routes use it: both run off the request thread.
import type { CopyText } from '@concord/core/copies';
import { ProblemError } from '../../problems.ts';
import { PdfTextError, readPdfText } from './read-pdf-text.ts';
import type { CopyPdf } from './render-copy-pdf.ts';
import { renderCopyPdfOffThread } from './render-off-thread.ts';

/** What the PDF of a copy shows: its points numbered as in the text copy ("6.a."), so both read the same. */
export function copyPdfOf(copy: CopyText, footer: string[], releasedAt: string): CopyPdf {
  return {
    title: copy.title,
    points: copy.points.map((point) => ({ label: `${point.number}.`, text: point.text, depth: point.depth })),
    footer,
    releasedAt,
  };
}

/** A copy's PDF: the same bytes for the same copy. */
export function renderPdf(copy: CopyText, footer: string[], releasedAt: string): Promise<Uint8Array> {
  return renderCopyPdfOffThread(copyPdfOf(copy, footer, releasedAt));
}

/** An uploaded PDF's text, or a problem saying why it cannot be read (413 too large, 422 otherwise). */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  try {
    return await readPdfText(bytes);
  } catch (error) {
    if (!(error instanceof PdfTextError)) throw error;
    throw new ProblemError({
      status: error.reason === 'too-large' ? 413 : 422,
      slug: `pdf-${error.reason}`,
      title: 'This PDF cannot be checked',
      detail: error.message,
    });
  }
}
