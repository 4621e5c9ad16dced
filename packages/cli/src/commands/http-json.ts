// One JSON POST to a Concord server with a personal API token; a refusal becomes one line (the problem's detail).
import { CliError, errorLine } from '../errors.ts';

/** The account a token stands for (GET /api/session), which a rotation's approval names. */
export async function accountOf(base: string, token: string): Promise<string> {
  const answer = (await requestJson(base, '/api/session', token, 'GET')) as {
    principal: { accountId: string } | null;
  };
  if (answer.principal === null) throw new CliError('the token stands for no account');
  return answer.principal.accountId;
}

export function postJson(base: string, path: string, token: string, body: unknown): Promise<unknown> {
  return requestJson(base, path, token, 'POST', body);
}

async function requestJson(
  base: string,
  path: string,
  token: string,
  method: 'GET' | 'POST',
  body?: unknown,
): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    throw new CliError(`not a URL: ${base}`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new CliError(`cannot reach ${url.origin}: ${errorLine(error)}`);
  }
  const answer = (await response.json().catch(() => null)) as { detail?: string } | null;
  if (!response.ok)
    throw new CliError(`refused (${response.status}): ${answer?.detail ?? response.statusText}`);
  return answer;
}
