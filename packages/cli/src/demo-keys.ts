// The demo's access keys, kept where the person who started Concord can find them again: a file readable only
// by its owner in the data directory, and a short list on the terminal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { revealInvisible } from '@concord/core/text';
import type { DemoKey } from '@concord/server';

export const DEMO_KEYS_FILE = 'demo-access-keys.json';

export function writeDemoKeys(dataDir: string, keys: DemoKey[]): string {
  const path = join(dataDir, DEMO_KEYS_FILE);
  writeFileSync(path, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  return path;
}

export function demoKeyLines(keys: DemoKey[], path: string): string[] {
  const shown = (text: string | undefined) => revealInvisible(text ?? '', { singleLine: true });
  const who = (k: DemoKey) =>
    k.role === 'mediator'
      ? `mediator of ${shown(k.processTitle)}`
      : `${shown(k.partyName)} delegation (${shown(k.processTitle)})`;
  const width = Math.max(...keys.map((k) => who(k).length));
  return [
    'Demo access keys (sign in with one on the web page to see confidential valuations and the analysis;',
    `kept in ${path}):`,
    ...keys.map((k) => `  ${who(k).padEnd(width)}  ${k.key}`),
  ];
}
