// The part of pdfkit 0.20.2 this module uses (the package ships no types).
declare module 'pdfkit' {
  interface EmbeddedFont {
    font: { hasGlyphForCodePoint(codePoint: number): boolean };
  }
  interface TextOptions {
    lineBreak?: boolean;
    features?: string[];
    baseline?: 'alphabetic' | 'top';
  }
  export default class PDFDocument {
    constructor(options?: {
      size?: string;
      margin?: number;
      autoFirstPage?: boolean;
      compress?: boolean;
      info?: Record<string, string | Date>;
      lang?: string;
      displayTitle?: boolean;
      pdfVersion?: string;
    });
    page: { width: number; height: number };
    _font: EmbeddedFont;
    registerFont(name: string, src: Buffer): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    addPage(): this;
    markContent(tag: 'Artifact', options: { type: 'Pagination' }): this;
    endMarkedContent(): this;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    widthOfString(text: string, options?: TextOptions): number;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    lineWidth(width: number): this;
    strokeColor(color: string): this;
    stroke(): this;
    on(event: 'data', listener: (chunk: Buffer) => void): this;
    on(event: 'end', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
    end(): void;
  }
}
