// `concord sign --key FILE --version-hash H`: signs an agreed version's canonical hash with your key, offline,
// and prints the signature (base64). The hash is the one GET /api/versions/{id}/signatures and the version page
// show; sign only a hash you have checked against the text you agree to. Submit the signature on the version
// page, or with --url, --token and --version.
import { Command } from 'commander';
import { CliError } from '../errors.ts';
import { postJson } from './http-json.ts';

type SignFlags = {
  key: string;
  versionHash: string;
  url?: string;
  token?: string;
  version?: string;
  keyId?: string;
};

export function signCommand(): Command {
  return new Command('sign')
    .description('sign an agreed version’s canonical hash with your key (offline: prints the signature)')
    .requiredOption('--key <file>', 'the key file concord key generate wrote')
    .requiredOption('--version-hash <hash>', 'the version’s canonical hash (64 hex digits)')
    .option('--url <url>', 'also submit the signature to this Concord server')
    .option('--token <token>', 'your personal API token (with --url)')
    .option('--version <id>', 'the version signed (with --url)')
    .option('--key-id <id>', 'the id of your registered key (with --url)')
    .action(async (flags: SignFlags) => {
      // Loaded here: zod and the signing code would slow every `concord` start (scripts/build.test.ts).
      const [{ HASH_PATTERN, versionSignatureMessage }, { ed25519Sign, toBase64 }, { readKeyFile }] =
        await Promise.all([
          import('@concord/core/signatures'),
          import('@concord/ledger'),
          import('./key-file.ts'),
        ]);
      const hash = flags.versionHash.trim().toLowerCase();
      if (!HASH_PATTERN.test(hash)) throw new CliError('--version-hash must be 64 hexadecimal digits');
      const { seed } = await readKeyFile(flags.key);
      const signature = toBase64(ed25519Sign(seed, versionSignatureMessage(hash)));
      if (flags.url === undefined) {
        process.stdout.write(`${signature}\n`);
        return;
      }
      if (!flags.token || !flags.version || !flags.keyId)
        throw new CliError('submitting needs --token, --version and --key-id with --url');
      const body = { keyId: flags.keyId, signature };
      await postJson(
        flags.url,
        `/api/versions/${encodeURIComponent(flags.version)}/signatures`,
        flags.token,
        body,
      );
      process.stdout.write(`${signature}\tsubmitted\n`);
    });
}
