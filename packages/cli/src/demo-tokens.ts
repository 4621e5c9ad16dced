// The demo's people and their API tokens, kept where the person who started Concord can find them again: a file
// readable only by its owner in the data directory, and a short list on the terminal. The web app's demo role
// switcher signs in as these people without tokens; the tokens are for the CLI and curl.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { revealInvisible } from '@concord/core/text';
import type { DemoToken } from '@concord/server';

export const DEMO_PEOPLE_FILE = 'demo-people.json';

export function writeDemoTokens(dataDir: string, tokens: DemoToken[]): string {
  const path = join(dataDir, DEMO_PEOPLE_FILE);
  writeFileSync(path, `${JSON.stringify({ people: tokens }, null, 2)}\n`, { mode: 0o600 });
  return path;
}

export function demoTokenLines(tokens: DemoToken[], path: string): string[] {
  const shown = (text: string) => revealInvisible(text, { singleLine: true });
  const who = (t: DemoToken) => `${shown(t.name)}: ${t.role} (${shown(t.processTitle)})`;
  const width = Math.max(...tokens.map((t) => who(t).length));
  return [
    'Demo people: on the web page, the "Demo — view as" band switches between them. Their API tokens, for the CLI or',
    `curl (Authorization: Bearer <token>; kept in ${path}):`,
    ...tokens.map((t) => `  ${who(t).padEnd(width)}  ${t.token}`),
  ];
}
