import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ApiError } from '../api/problem.ts';
import { describePrincipal } from '../api/session.ts';
import { checkKey, SessionControl } from './sign-in.tsx';

const KEY = `ck_${'A'.repeat(42)}_`;

describe('signing in', () => {
  test('without a key the header offers Sign in', () => {
    const html = renderToStaticMarkup(createElement(SessionControl));
    assert.match(html, /data-testid="sign-in"[^>]*>Sign in</);
  });

  test('a malformed key is refused before any request', async () => {
    let asked = false;
    const refused = await checkKey('ck_short', async () => {
      asked = true;
      return { principal: null };
    });
    assert.equal(asked, false);
    assert.equal(refused?.title, 'Not an access key');
  });

  test("the server's refusal is shown with its detail", async () => {
    const refused = await checkKey(KEY, async () => {
      throw new ApiError({
        type: 'https://concord.dev/problems/unauthenticated',
        title: 'Unauthenticated',
        status: 401,
        detail: 'The access key is unknown or revoked.',
      });
    });
    assert.equal(refused?.status, 401);
    assert.equal(refused?.detail, 'The access key is unknown or revoked.');
  });

  test('an accepted key is null (no problem); a session without principal is refused', async () => {
    const principal = { role: 'mediator' as const, processId: 'p', processTitle: 'Gaza 2025', label: 'demo' };
    let sent = '';
    assert.equal(
      await checkKey(KEY, async (k) => {
        sent = k;
        return { principal };
      }),
      null,
    );
    assert.equal(sent, KEY);
    assert.equal((await checkKey(KEY, async () => ({ principal: null })))?.title, 'Key not accepted');
  });

  test('the header names the mediator or the delegation and the process', () => {
    assert.equal(
      describePrincipal({ role: 'mediator', processId: 'p', processTitle: 'Russia–Ukraine 2025', label: '' }),
      'Mediator — Russia–Ukraine 2025',
    );
    assert.equal(
      describePrincipal({
        role: 'party',
        processId: 'p',
        partyId: 'ua',
        partyName: 'Ukraine',
        processTitle: 'Russia–Ukraine 2025',
        label: '',
      }),
      'Ukraine delegation — Russia–Ukraine 2025',
    );
  });
});
