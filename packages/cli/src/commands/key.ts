// `concord key generate | register`: an account's signing key. `generate` makes an Ed25519 key pair on this
// machine, writes the private key to a file only its owner reads and prints the public key; `register` sends the
// public key (derived from that file here) to a Concord server with a personal API token. The private key is
// never sent anywhere.
import { randomBytes } from 'node:crypto';
import { Command } from 'commander';
import { groupCommand } from '../group.ts';
import { accountOf, postJson } from './http-json.ts';

// Loaded in the actions: zod and the signing code would slow every `concord` start (scripts/build.test.ts).
const signing = async () => {
  const [signatures, ledger, keyFile] = await Promise.all([
    import('@concord/core/signatures'),
    import('@concord/ledger'),
    import('./key-file.ts'),
  ]);
  return { ...signatures, ...ledger, ...keyFile };
};

export function keyCommand(): Command {
  const key = groupCommand('key', 'your signing key: make it on this machine, register its public half');
  key.addCommand(
    new Command('generate')
      .description(
        'make a new Ed25519 key pair; the private key stays in FILE (mode 0600), the public key is printed',
      )
      .requiredOption('--out <file>', 'where to write the private key (never overwritten)')
      .action(async (flags: { out: string }) => {
        const { writeKeyFile, toBase64, ed25519PublicKey, accountKeyFingerprint } = await signing();
        const seed = new Uint8Array(randomBytes(32));
        await writeKeyFile(flags.out, seed);
        const publicKey = toBase64(ed25519PublicKey(seed));
        process.stdout.write(`${publicKey}\tfingerprint ${accountKeyFingerprint(publicKey)}\n`);
      }),
  );
  key.addCommand(
    new Command('register')
      .description('register the public half of a key file for your account (sends the public key only)')
      .requiredOption('--url <url>', 'the Concord server, e.g. https://concord.example.org')
      .requiredOption('--token <token>', 'a personal API token of your account (ct_…)')
      .requiredOption('--key <file>', 'the key file concord key generate wrote')
      .option('--label <label>', 'a name for the key', 'concord CLI')
      .action(async (flags: { url: string; token: string; key: string; label: string }) => {
        const { readKeyFile, accountKeyFingerprint } = await signing();
        const { publicKey } = await readKeyFile(flags.key);
        const body = { publicKey, label: flags.label };
        const answer = (await postJson(flags.url, '/api/keys', flags.token, body)) as { id: string };
        process.stdout.write(
          `registered key ${answer.id}\tfingerprint ${accountKeyFingerprint(publicKey)}\n`,
        );
      }),
  );
  key.addCommand(
    new Command('rotate')
      .description('replace your valid key by a new one, approved by a signature of the old key (made here)')
      .requiredOption('--url <url>', 'the Concord server')
      .requiredOption('--token <token>', 'a personal API token of your account (ct_…)')
      .requiredOption('--key <file>', 'the key file of your current key')
      .requiredOption('--key-id <id>', 'the id of your current key, as registered')
      .requiredOption('--new <file>', 'the key file of the new key (concord key generate)')
      .option('--label <label>', 'a name for the new key', 'concord CLI')
      .action(async (flags: RotateFlags) => {
        const { readKeyFile, accountKeyFingerprint, toBase64, ed25519Sign, keyRotationMessage } =
          await signing();
        const old = await readKeyFile(flags.key);
        const next = await readKeyFile(flags.new);
        const accountId = await accountOf(flags.url, flags.token);
        const approval = toBase64(
          ed25519Sign(old.seed, keyRotationMessage(accountId, flags.keyId, next.publicKey)),
        );
        const body = { publicKey: next.publicKey, label: flags.label, approval };
        const path = `/api/keys/${encodeURIComponent(flags.keyId)}/rotation`;
        const answer = (await postJson(flags.url, path, flags.token, body)) as { id: string };
        process.stdout.write(
          `rotated to key ${answer.id}\tfingerprint ${accountKeyFingerprint(next.publicKey)}\n`,
        );
      }),
  );
  return key;
}

type RotateFlags = { url: string; token: string; key: string; keyId: string; new: string; label: string };
