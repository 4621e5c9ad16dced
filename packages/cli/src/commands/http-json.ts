// One JSON POST to a Concord server with a personal API token; a refusal becomes one line (the problem's detail).
import { CliError, errorLine } from '../errors.ts';

export async function postJson(base: string, path: string, token: string, body: unknown): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    throw new CliError(`not a URL: ${base}`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new CliError(`cannot reach ${url.origin}: ${errorLine(error)}`);
  }
  const answer = (await response.json().catch(() => null)) as { detail?: string } | null;
  if (!response.ok)
    throw new CliError(`refused (${response.status}): ${answer?.detail ?? response.statusText}`);
  return answer;
}
