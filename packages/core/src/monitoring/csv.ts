// CSV reading and writing with physical line numbers. csv-parse (strict RFC 4180, see STACK.md) counts each CRLF
// inside a quoted field as two lines, so line endings are made LF first: a line number then is the line a text
// editor shows. A record's line is where it starts (its end, less the line breaks inside its quoted fields).
import { type CsvError, parse } from 'csv-parse/sync';

export type CsvRow = { line: number; values: Record<string, string> };
export type CsvProblem = { line: number; message: string };
export type CsvRead = { header: string[]; rows: CsvRow[]; problems: CsvProblem[] };

type Parsed = { record: Record<string, string>; info: { lines: number } };

const breaks = (value: string) => value.split('\n').length - 1;

/** Why csv-parse refused a record, in words a person who made the file can act on. */
function explain(error: CsvError): string {
  if (error.code === 'CSV_RECORD_INCONSISTENT_COLUMNS') {
    const match = /columns length is (\d+), got (\d+)/.exec(error.message);
    return match ? `has ${match[2]} fields where the header has ${match[1]}` : error.message;
  }
  if (error.code === 'INVALID_OPENING_QUOTE')
    return 'has a quote inside a field that does not start with one (write "" inside a quoted field)';
  return error.message;
}

/** The first line after `after` that holds anything: where an unclosed record begins. */
function nextFilledLine(lines: string[], after: number): number {
  for (let n = after + 1; n <= lines.length; n++) if (lines[n - 1]?.trim()) return n;
  return after + 1;
}

export function readCsv(input: string): CsvRead {
  const text = input.replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const header: string[] = [];
  const problems: CsvProblem[] = [];
  let unclosed = false;
  const onSkip = (error: CsvError | undefined): undefined => {
    if (!error) return;
    // An unclosed quote swallows the rest of the file: its line is placed once the good records are known.
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') unclosed = true;
    // csv-parse reports a stray quote once per field it spoils: one problem per line is enough.
    else {
      const line = Number(error.lines);
      if (!problems.some((p) => p.line === line)) problems.push({ line, message: explain(error) });
    }
  };
  const parsed = parse(text, {
    bom: true,
    columns: (names: string[]) => {
      header.push(...names.map((name) => name.trim()));
      return header;
    },
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: onSkip,
  }) as unknown as Parsed[];
  if (unclosed) {
    const lastEnd = Math.max(1, ...parsed.map((p) => p.info.lines), ...problems.map((p) => p.line));
    problems.push({ line: nextFilledLine(lines, lastEnd), message: 'opens a quote that is never closed' });
  }
  const rows = parsed.map(({ record, info }) => ({
    line: info.lines - Object.values(record).reduce((sum, value) => sum + breaks(value), 0),
    values: record,
  }));
  problems.sort((a, b) => a.line - b.line);
  return { header, rows, problems };
}

const needsQuotes = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 text: CRLF between records, fields quoted only when they must be. */
export function writeCsv(header: readonly string[], rows: readonly Record<string, string>[]): string {
  const line = (values: readonly string[]) => values.map(csvField).join(',');
  return [line(header), ...rows.map((row) => line(header.map((name) => row[name] ?? '')))]
    .map((l) => `${l}\r\n`)
    .join('');
}
