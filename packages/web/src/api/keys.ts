// Account signing keys and signatures on agreed texts (routes/keys.ts and routes/signatures.ts on the server).
import type { AccountKey, VersionSignature, VersionSignatures } from '@concord/core';
import { getJson, postJson } from './client.ts';

export const keysApi = {
  list: (accountId: string) =>
    getJson<{ items: AccountKey[] }>(`/api/accounts/${encodeURIComponent(accountId)}/keys`),
  register: (publicKey: string, label: string) => postJson<AccountKey>('/api/keys', { publicKey, label }),
  revoke: (keyId: string, reason: string) =>
    postJson<AccountKey>(`/api/keys/${encodeURIComponent(keyId)}/revocation`, { reason }),
  sign: (versionId: string, keyId: string, signature: string) =>
    postJson<VersionSignature>(`/api/versions/${encodeURIComponent(versionId)}/signatures`, {
      keyId,
      signature,
    }),
};

export const signaturesPath = (versionId: string) =>
  `/api/versions/${encodeURIComponent(versionId)}/signatures`;
export type { AccountKey, VersionSignature, VersionSignatures };
