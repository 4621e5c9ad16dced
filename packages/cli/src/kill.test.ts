// Durability on embedded PGlite: every write the server acknowledged survives a SIGKILL of the process
// (scenario in kill-scenario.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { killDuringWrites } from './kill-scenario.ts';

describe('SIGKILL during a stream of writes (PGlite)', { timeout: 600_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'concord-kill-'));
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('every acknowledged write is readable after restart and the log checks', async () => {
    await killDuringWrites(['--data-dir', dataDir]);
  });
});
