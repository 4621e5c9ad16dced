import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchRoute, paths, safeNext } from './routes.ts';

describe('matchRoute', () => {
  test('the root and /processes list processes', () => {
    assert.deepEqual(matchRoute('/', ''), { name: 'processes' });
    assert.deepEqual(matchRoute('/processes', ''), { name: 'processes' });
    assert.deepEqual(matchRoute('/processes/', ''), { name: 'processes' });
  });

  test('entity pages carry their decoded id', () => {
    assert.deepEqual(matchRoute('/processes/abc', ''), { name: 'process', id: 'abc' });
    assert.deepEqual(matchRoute('/processes/abc/council', ''), { name: 'council', processId: 'abc' });
    assert.equal(paths.council('a b'), '/processes/a%20b/council');
    assert.deepEqual(matchRoute('/processes/abc/implementation', ''), {
      name: 'implementation',
      processId: 'abc',
    });
    assert.equal(paths.implementation('a b'), '/processes/a%20b/implementation');
    assert.deepEqual(matchRoute('/processes/abc/fund', ''), { name: 'fund', processId: 'abc' });
    assert.equal(paths.fund('a b'), '/processes/a%20b/fund');
    assert.deepEqual(matchRoute('/processes/abc/guarantees', ''), {
      name: 'guarantees',
      processId: 'abc',
    });
    assert.equal(paths.guarantees('a b'), '/processes/a%20b/guarantees');
    assert.deepEqual(matchRoute('/processes/abc/transparency', ''), {
      name: 'transparency',
      processId: 'abc',
    });
    assert.equal(paths.transparency('a b'), '/processes/a%20b/transparency');
    assert.deepEqual(matchRoute('/plans/p-1', ''), { name: 'plan', id: 'p-1' });
    assert.deepEqual(matchRoute('/versions/a%20b', ''), { name: 'version', id: 'a b' });
  });

  test('a version’s verification has its own page, and paths build it', () => {
    assert.deepEqual(matchRoute('/versions/abc/verify', ''), { name: 'verify-version', id: 'abc' });
    const url = new URL(paths.verifyVersion('a b'), 'http://x');
    assert.deepEqual(matchRoute(url.pathname, url.search), { name: 'verify-version', id: 'a b' });
    assert.equal(matchRoute('/versions/%E0%A4%A/verify', '').name, 'not-found');
  });

  test('verify reads the index from the query, blank means none', () => {
    assert.deepEqual(matchRoute('/verify', '?index=42'), { name: 'verify', index: '42' });
    assert.deepEqual(matchRoute('/verify', '?index=%20'), { name: 'verify', index: null });
    assert.deepEqual(matchRoute('/verify', ''), { name: 'verify', index: null });
  });

  test('the log page reads where its page ends; anything but a whole number means the newest', () => {
    assert.deepEqual(matchRoute('/log', ''), { name: 'log', end: null });
    assert.deepEqual(matchRoute('/log', '?end=25'), { name: 'log', end: 25 });
    assert.deepEqual(matchRoute('/log', '?end=-3'), { name: 'log', end: null });
    assert.deepEqual(matchRoute('/log', '?end=1e3'), { name: 'log', end: null });
    const url = new URL(paths.log(40), 'http://x');
    assert.deepEqual(matchRoute(url.pathname, url.search), { name: 'log', end: 40 });
  });

  test('the sign-in pages, the invitation and the account page', () => {
    assert.deepEqual(matchRoute('/sign-in', ''), { name: 'sign-in', next: '/' });
    assert.deepEqual(matchRoute('/sign-in', '?next=%2Fversions%2Fv1%3Fx%3D1'), {
      name: 'sign-in',
      next: '/versions/v1?x=1',
    });
    assert.deepEqual(matchRoute('/sign-in/link', ''), { name: 'sign-in-link' });
    assert.deepEqual(matchRoute('/invite', ''), { name: 'invite' });
    assert.deepEqual(matchRoute('/account', ''), { name: 'account' });
  });

  test('authoring: a new process, a new version of a plan (maybe from a version), a draft in the editor', () => {
    assert.deepEqual(matchRoute('/processes/new', ''), { name: 'new-process' });
    assert.deepEqual(matchRoute('/plans/p1/new-version', ''), {
      name: 'new-version',
      planId: 'p1',
      from: null,
    });
    assert.deepEqual(matchRoute('/plans/p1/new-version', '?from=v%201'), {
      name: 'new-version',
      planId: 'p1',
      from: 'v 1',
    });
    assert.deepEqual(matchRoute('/versions/v1/edit', ''), { name: 'version-editor', id: 'v1' });
    assert.equal(matchRoute('/versions/v1/delete', '').name, 'not-found');
    assert.equal(matchRoute('/plans/%E0%A4%A/new-version', '').name, 'not-found');
    const url = new URL(paths.newVersion('p/1', 'v?2'), 'http://x');
    assert.deepEqual(matchRoute(url.pathname, url.search), {
      name: 'new-version',
      planId: 'p/1',
      from: 'v?2',
    });
    assert.deepEqual(matchRoute(paths.editVersion('a b'), ''), { name: 'version-editor', id: 'a b' });
  });

  test('import from text: /plans/{id}/import', () => {
    assert.deepEqual(matchRoute('/plans/p1/import', ''), { name: 'import', planId: 'p1' });
    assert.deepEqual(matchRoute(paths.importText('p/1'), ''), { name: 'import', planId: 'p/1' });
    assert.equal(matchRoute('/versions/v1/import', '').name, 'not-found');
    assert.equal(matchRoute('/plans/%E0%A4%A/import', '').name, 'not-found');
  });

  test('unknown or malformed paths are not found, never a crash', () => {
    assert.equal(matchRoute('/nowhere', '').name, 'not-found');
    assert.equal(matchRoute('/versions/a/b', '').name, 'not-found');
    assert.equal(matchRoute('/versions/%E0%A4%A', '').name, 'not-found');
    assert.equal(matchRoute('/toString/x', '').name, 'not-found');
    assert.equal(matchRoute('/constructor/x', '').name, 'not-found');
  });
});

describe('paths', () => {
  test('round-trip through matchRoute', () => {
    const id = 'odd/id?#';
    assert.deepEqual(matchRoute(paths.version(id), ''), { name: 'version', id });
    const url = new URL(paths.verify(7), 'http://x');
    assert.deepEqual(matchRoute(url.pathname, url.search), { name: 'verify', index: '7' });
  });
});

describe('safeNext', () => {
  test('keeps a path of this site with its query', () => {
    assert.equal(safeNext('/versions/abc'), '/versions/abc');
    assert.equal(safeNext('/log?end=5'), '/log?end=5');
  });

  test('refuses other origins, protocol-relative and backslash tricks, control characters, and sign-in pages', () => {
    for (const bad of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\\/evil.example',
      'javascript:alert(1)',
      '/\tevil',
      '/a\nb',
      '/sign-in',
      '/sign-in/link',
    ]) {
      assert.equal(safeNext(bad), '/', String(bad));
    }
  });

  test('the precedents page: the other plan and both versions from the query, and back into a path', () => {
    assert.deepEqual(matchRoute('/plans/p1/precedents', ''), {
      name: 'precedents',
      planId: 'p1',
      other: null,
      version: null,
      otherVersion: null,
    });
    const path = paths.precedents('p1', { other: 'p2', version: 'v1', otherVersion: 'v2' });
    assert.equal(path, '/plans/p1/precedents?other=p2&version=v1&otherVersion=v2');
    const [pathname, search] = path.split('?');
    assert.deepEqual(matchRoute(pathname as string, `?${search}`), {
      name: 'precedents',
      planId: 'p1',
      other: 'p2',
      version: 'v1',
      otherVersion: 'v2',
    });
  });

  test('the sign-in path carries a safe next only', () => {
    assert.equal(paths.signIn(), '/sign-in');
    assert.equal(paths.signIn('/'), '/sign-in');
    assert.equal(paths.signIn('/plans/p1'), '/sign-in?next=%2Fplans%2Fp1');
    assert.equal(paths.signIn('//evil.example'), '/sign-in');
  });
});
