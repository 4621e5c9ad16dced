import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Loaded, ProblemView } from './status.tsx';

describe('problem and loading states', () => {
  test('a problem shows its title, status, detail and each field error', () => {
    const html = renderToStaticMarkup(
      createElement(ProblemView, {
        what: 'the version',
        problem: {
          type: 'https://concord.dev/problems/validation',
          title: 'Validation failed',
          status: 400,
          detail: 'the request does not match the schema',
          errors: [{ path: 'param.versionId', message: 'must be a lowercase UUID' }],
        },
      }),
    );
    assert.match(html, /role="alert"/);
    assert.match(html, /Could not load the version: Validation failed/);
    assert.match(html, /HTTP 400/);
    assert.match(html, /the request does not match the schema/);
    assert.match(html, /<code>param.versionId<\/code> must be a lowercase UUID/);
  });

  test('Loaded renders loading, the problem, or the data', () => {
    const child = (d: { n: number }) => createElement('p', null, `n=${d.n}`);
    const render = (resource: Parameters<typeof Loaded<{ n: number }>>[0]['resource']) =>
      // Loaded uses no hooks, so it can be called directly with its render function.
      renderToStaticMarkup(Loaded({ resource, what: 'x', children: child }));
    assert.match(render({ state: 'loading' }), /Loading x…/);
    assert.match(
      render({ state: 'error', problem: { type: 'about:blank', title: 'Gone', status: 404 } }),
      /Gone/,
    );
    assert.equal(render({ state: 'ok', data: { n: 3 } }), '<p>n=3</p>');
  });
});
