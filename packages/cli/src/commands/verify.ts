// `concord verify BUNDLE [--text FILE] [--key VERIFIER_KEY]`: checks an offline proof bundle (a .tlog-proof file
// from GET /api/log/entries/{index}/bundle) with no network. One line either way: the verdict on stdout and exit
// 0, or the first check that failed on stderr and a non-zero exit.
import { readFile, stat } from 'node:fs/promises';
import { Command } from 'commander';
import { CliError, errorLine } from '../errors.ts';

// The checks load in the action: noble and zod would slow every `concord` start (scripts/build.test.ts). The
// bundle's size limit is the ledger's MAX_BUNDLE_BYTES (4 MiB), checked again when the bundle is parsed.
const MAX_FILE_BYTES = 4 * 1024 * 1024;

type VerifyFlags = {
  text?: string;
  key?: string;
  witnessKey?: string[];
  signatures?: string;
  versionHash?: string;
};

async function readSmall(path: string, what: string): Promise<Buffer> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) throw new Error(`${size} bytes, more than ${MAX_FILE_BYTES}`);
    return await readFile(path);
  } catch (error) {
    throw new CliError(`cannot read ${what} ${path}: ${errorLine(error)}`);
  }
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function verifyCommand(): Command {
  return new Command('verify')
    .description(
      'check an entry’s offline proof bundle (.tlog-proof) with no network: the checkpoint’s signature, its ' +
        'witnesses’ cosignatures, the event against its leaf, and the inclusion proof',
    )
    .argument('[bundle]', 'the bundle file, as downloaded from the verify page or /api/log/entries/N/bundle')
    .option('--text <file>', 'your own copy of the event (JSON), checked against the entry’s leaf')
    .option('--key <verifier-key>', 'the log’s verifier key you trust (default: the one the bundle names)')
    .option('--witness-key <vkey>', 'a witness’s cosigner key you trust (repeatable)', collect)
    .option('--signatures <file>', 'instead: a version’s signatures file (/api/versions/ID/signatures)')
    .option(
      '--version-hash <hash>',
      'with --signatures: the hash you computed, which the signatures must cover',
    )
    .action(async (path: string | undefined, flags: VerifyFlags) => {
      const [{ VerificationError, verifyProofBundle }, { checkSignatures }, { verdictLine }] =
        await Promise.all([
          import('@concord/ledger/verify'),
          import('./verify-signatures.ts'),
          import('./verify-verdict.ts'),
        ]);
      if (flags.signatures !== undefined) {
        const text = (await readSmall(flags.signatures, '--signatures')).toString('utf8');
        process.stdout.write(`${checkSignatures(text, flags.versionHash)}\n`);
        return;
      }
      if (path === undefined) throw new CliError('give a bundle file, or --signatures FILE');
      const bundle = await readSmall(path, 'the bundle');
      const text =
        flags.text === undefined ? undefined : (await readSmall(flags.text, '--text')).toString('utf8');
      try {
        const verdict = verifyProofBundle(new Uint8Array(bundle), {
          ...(text === undefined ? {} : { text }),
          ...(flags.key === undefined ? {} : { verifierKey: flags.key.trim() }),
          ...(flags.witnessKey === undefined ? {} : { witnessKeys: flags.witnessKey }),
        });
        process.stdout.write(`${verdictLine(verdict)}\n`);
      } catch (error) {
        if (!(error instanceof VerificationError)) throw error;
        throw new CliError(`not verified (${error.code}): ${error.message}`);
      }
    });
}
