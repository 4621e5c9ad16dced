// `concord plan parse FILE [--json] [--parties FILE]`: reads a numbered plan as it circulates (a news article, a
// leak, a PDF pasted as text) with the same parser the web app's import uses, with no server and no store, and
// prints an outline (numbers, texts, [quantities], and what it could not place) or, with --json, the parse.
import { open } from 'node:fs/promises';
import type { ParsedPlan, ParsedPoint, PartyNames } from '@concord/core';
import { revealInvisible, toDisplayJson } from '@concord/core/text';
import { Command } from 'commander';
import { CliError } from '../errors.ts';
import { groupCommand } from '../group.ts';

type ParseFlags = { json?: boolean; parties?: string };

export function planCommand(): Command {
  const group = groupCommand('plan', 'work with plans as text');
  group.addCommand(
    new Command('parse')
      .description(
        'find the points, sub-points, quantities, parties and conditions of a plan pasted as plain text ' +
          '(no server needed); prints an outline, or with --json the parse',
      )
      .argument('<file>', 'a UTF-8 text file of at most 1 MB, or - for standard input')
      .option('--json', 'print { preamble, points, trailer, unparsed } as JSON')
      .option('--parties <file>', 'a JSON file naming the parties to find: [{ "name": …, "aliases": [ … ] }]')
      .action(async (file: string, flags: ParseFlags) => {
        await parse(file, flags);
      }),
  );
  return group;
}

type PlainText = typeof import('@concord/core/plain-text');

async function parse(file: string, flags: ParseFlags): Promise<void> {
  // Loaded here, not at the top: the parser's schemas (zod) would slow every `concord` start, `--help` included.
  const plainText = await import('@concord/core/plain-text');
  const parties = flags.parties === undefined ? [] : await readParties(flags.parties, plainText);
  const text = decode(await readBounded(file, plainText), file === '-' ? 'standard input' : file);
  const plan = plainText.parsePlan(text, { parties });
  process.stdout.write(flags.json ? `${toDisplayJson(plan, 2)}\n` : outline(plan, plainText));
}

/** The bytes of `file` (or of standard input for `-`), refused past the size limit without reading it all. */
async function readBounded(file: string, { PLAIN_TEXT_LIMITS }: PlainText): Promise<Buffer> {
  const limit = PLAIN_TEXT_LIMITS.bytes;
  const name = file === '-' ? 'standard input' : file;
  const tooLarge = () =>
    new CliError(`${name} is larger than ${limit.toLocaleString('en')} bytes; split the plan or shorten it`);
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > limit) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${fileProblem(error)}`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new CliError(`cannot read ${file}: it is a folder, not a file`);
    if (stat.size > limit) throw tooLarge();
    // Read up to one byte past the limit: a file that grows, or a device that reports no size, is still bounded.
    const buffer = Buffer.alloc(limit + 1);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, size, buffer.length - size, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > limit) throw tooLarge();
    }
    return buffer.subarray(0, size);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${fileProblem(error)}`);
  } finally {
    await handle.close();
  }
}

function fileProblem(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

/** UTF-8 text, or one clear line saying why the bytes are not that. */
function decode(bytes: Buffer, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new CliError(`${name} is UTF-16 text; save it as UTF-8 and try again`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CliError(`${name} is not a text file (it holds a NUL byte at byte ${nul + 1})`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not valid UTF-8 text; save it as UTF-8 and try again`);
  }
}

async function readParties(file: string, plainText: PlainText): Promise<PartyNames> {
  const text = decode(await readBounded(file, plainText), file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CliError(
      `--parties ${file}: not JSON; expected [{ "name": "Ukraine", "aliases": ["Kyiv"] }, …]`,
    );
  }
  const parsed = plainText.PartyNames.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new CliError(
      `--parties ${file}${where}: ${issue?.message ?? 'invalid'}; expected [{ "name": …, "aliases": [ … ] }]`,
    );
  }
  return parsed.data;
}

// Every text comes from the file: shown so that a terminal escape or a direction override in it cannot act on the
// terminal or reorder the line (the JSON output escapes them as \uXXXX instead).
const shown = (text: string) => revealInvisible(text, { singleLine: true });

/** "600,000 troops = 600000 troops", or just "100 days" when the printed text says the same. */
function quantity(q: ParsedPoint['quantities'][number]): string {
  const read = `${q.value} ${shown(q.unit)}`;
  return shown(q.text) === read ? read : `${shown(q.text)} = ${read}`;
}

function pointLines(point: ParsedPoint, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const quantities = point.quantities.length ? ` [${point.quantities.map(quantity).join('; ')}]` : '';
  const lines = [`${pad}${shown(point.number)}. ${shown(point.text)}${quantities}`];
  if (point.parties.length) lines.push(`${pad}    parties: ${point.parties.map(shown).join(', ')}`);
  for (const c of point.conditions) lines.push(`${pad}    if ${shown(c.if)} → ${shown(c.then)}`);
  for (const sub of point.subPoints) lines.push(...pointLines(sub, depth + 1));
  return lines;
}

function outline(plan: ParsedPlan, { countParsed }: PlainText): string {
  const lines: string[] = [];
  if (plan.preamble.length) lines.push('Preamble:', ...plan.preamble.map((l) => `  ${shown(l)}`), '');
  for (const point of plan.points) lines.push(...pointLines(point, 0));
  if (plan.trailer.length) lines.push('', 'Trailer:', ...plan.trailer.map((l) => `  ${shown(l)}`));
  const { points, subPoints } = countParsed(plan.points);
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const k = plan.unparsed.length;
  if (k) lines.push('', 'Not understood:', ...plan.unparsed.map((u) => `  line ${u.line}: ${shown(u.text)}`));
  // The last line sums up, and names the lines not understood (at most 20 of them: the list above has them all).
  const numbers = plan.unparsed.slice(0, 20).map((u) => u.line);
  const named = k ? ` (${k > 20 ? 'first 20: ' : ''}line${k > 1 ? 's' : ''} ${numbers.join(', ')})` : '';
  lines.push(
    '',
    `${plural(points, 'point', 'points')}, ${plural(subPoints, 'sub-point', 'sub-points')}, ` +
      `${plural(k, 'line', 'lines')} not understood${named}`,
  );
  return `${lines.join('\n')}\n`;
}
