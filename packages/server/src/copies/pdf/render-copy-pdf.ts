import PDFDocument from 'pdfkit';
import { type Line, layoutParagraph, type Measure } from './bidi-layout.ts';
import { type FaceName, faceFiles } from './fonts.ts';

/** A point of a released copy, in reading order: its number as printed ("6.", "6.a."), 0 deep at the top. */
export interface CopyPdfPoint {
  label: string;
  text: string;
  depth: number;
}

/** What a copy's PDF shows: nothing here names the recipient (the fingerprint is in the wording). */
export interface CopyPdf {
  title: string;
  points: readonly CopyPdfPoint[];
  /** Lines at the foot of every page: version, plan, copy id and hash. */
  footer: readonly string[];
  /** Written as the PDF's creation date; fixed so that the same copy always gives the same bytes. */
  releasedAt: string;
}

export const PDF_LIMITS = { points: 2_000, characters: 400_000 } as const;

const PAGE = { margin: 56, title: 15, body: 10.5, footer: 7.5, indent: 18, gap: 5 } as const;

/** Renders a copy as PDF; the same copy gives the same bytes (its hash is recorded in the log). */
export function renderCopyPdf(copy: CopyPdf): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: copy.title,
      Producer: 'Concord',
      Creator: 'Concord',
      CreationDate: new Date(copy.releasedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const files = faceFiles();
  for (const face of ['sans', 'arabic', 'hebrew'] as const) doc.registerFont(face, files[face]);
  new Writer(doc, copy.footer).write(copy);
  doc.end();
  return done;
}

class Writer {
  private y = 0;
  private size: number = PAGE.body;
  private readonly measure: Measure;

  constructor(
    private readonly doc: PDFDocument,
    private readonly footer: readonly string[],
  ) {
    const widths = new Map<string, number>(); // per face and text at size 1: words recur, shaping is dear
    this.measure = {
      width: (face, text) => {
        const key = `${face}\u0000${text}`;
        let width = widths.get(key);
        if (width === undefined) {
          width = this.doc.font(face).fontSize(1).widthOfString(text, shaping(face));
          widths.set(key, width);
        }
        return width * this.size;
      },
      hasGlyph: (face, codePoint) => this.doc.font(face)._font.font.hasGlyphForCodePoint(codePoint),
    };
  }

  write(copy: CopyPdf): void {
    this.newPage();
    this.paragraph(copy.title, 0, PAGE.title);
    this.y += PAGE.gap * 2;
    for (const point of copy.points) {
      this.paragraph(`${point.label} ${point.text}`, Math.min(point.depth, 6) * PAGE.indent, PAGE.body);
      this.y += PAGE.gap;
    }
  }

  private paragraph(text: string, indent: number, size: number): void {
    this.size = size;
    const left = PAGE.margin;
    const width = this.doc.page.width - 2 * PAGE.margin - indent;
    const { rtl, lines } = layoutParagraph(text, width, this.measure);
    for (const line of lines) {
      if (this.y + size * 1.6 > this.bottom()) this.newPage();
      this.y += size * 1.6;
      this.line(line, rtl ? left + width - line.width : left + indent, this.y);
    }
  }

  private line(line: Line, x: number, baseline: number): void {
    let at = x;
    for (const run of line.runs) {
      this.doc.font(run.face).fontSize(this.size);
      this.doc.text(run.text, at, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        ...shaping(run.face),
      });
      at += run.width;
    }
  }

  private bottom(): number {
    return this.doc.page.height - PAGE.margin - this.footer.length * PAGE.footer * 2;
  }

  private newPage(): void {
    this.doc.addPage();
    this.y = PAGE.margin;
    const body = this.size;
    this.size = PAGE.footer;
    // marked as a pagination artifact, as PDF/UA asks: extractors (ours too) leave it out of the text
    this.doc.markContent('Artifact', { type: 'Pagination' });
    this.doc.fillColor('#555555');
    let y = this.doc.page.height - PAGE.margin / 2 - this.footer.length * PAGE.footer * 2;
    for (const text of this.footer) {
      y += PAGE.footer * 2;
      const { lines } = layoutParagraph(text, this.doc.page.width - 2 * PAGE.margin, this.measure);
      for (const line of lines.slice(0, 1)) this.line(line, PAGE.margin, y);
    }
    this.doc.fillColor('#000000');
    this.doc.endMarkedContent();
    this.size = body;
  }
}

/**
 * Arabic and Hebrew runs are shaped whole (`features` set: pdfkit otherwise shapes word by word, and letters
 * join across the run); Latin and Cyrillic word by word, which pdfkit caches — most of a copy's time is shaping.
 */
function shaping(face: FaceName): { features?: string[] } {
  return face === 'sans' ? {} : { features: [] };
}
