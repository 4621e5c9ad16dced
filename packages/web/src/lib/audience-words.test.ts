import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  audienceLabel,
  buildAudience,
  describeShareProblem,
  explainAudience,
  widerChoices,
} from './audience-words.ts';

const parties = [
  { id: 'ua', name: 'Ukraine' },
  { id: 'ru', name: 'Russia' },
  { id: 'us', name: 'United States' },
];

describe('audience words', () => {
  test('each kind of audience in plain words', () => {
    assert.equal(audienceLabel({ kind: 'public' }, parties), 'Public');
    assert.equal(audienceLabel({ kind: 'process' }, parties), 'Everyone in the process');
    assert.equal(audienceLabel({ kind: 'parties', partyIds: [] }, parties), 'Mediators only');
    assert.equal(
      audienceLabel({ kind: 'parties', partyIds: ['ua', 'ru'] }, parties),
      'Mediators and Ukraine, Russia',
    );
  });

  test('a party the reader cannot see is named as such, and hidden characters are revealed', () => {
    assert.equal(
      audienceLabel({ kind: 'parties', partyIds: ['zz'] }, parties),
      'Mediators and a party not listed',
    );
    assert.match(
      audienceLabel({ kind: 'parties', partyIds: ['x'] }, [{ id: 'x', name: 'A\u202eB' }]),
      /⟦U\+202E⟧/,
    );
  });

  test('the explanation says who cannot see it', () => {
    assert.match(explainAudience({ kind: 'public' }, 'version'), /Anyone can read this version/);
    assert.match(explainAudience({ kind: 'process' }, 'plan'), /the public cannot/);
    assert.match(explainAudience({ kind: 'parties', partyIds: [] }, 'version'), /Only the mediators/);
    assert.match(
      explainAudience({ kind: 'parties', partyIds: ['ua'] }, 'version'),
      /other members of the process/,
    );
  });
});

describe('widening', () => {
  test('only wider audiences are offered; none once public', () => {
    assert.deepEqual(widerChoices({ kind: 'public' }), []);
    assert.deepEqual(widerChoices({ kind: 'process' }), ['public']);
    assert.deepEqual(widerChoices({ kind: 'parties', partyIds: ['ua'] }), ['parties', 'process', 'public']);
  });

  test('a party list keeps who sees it now, adds the new ones, sorted and without repeats', () => {
    const built = buildAudience({ kind: 'parties', partyIds: ['us', 'ru'] }, 'parties', ['ua', 'ru', 'ua']);
    assert.deepEqual(built, { ok: true, audience: { kind: 'parties', partyIds: ['ru', 'ua', 'us'] } });
  });

  test('adding nobody, or choosing a narrower audience, is refused before sending', () => {
    const none = buildAudience({ kind: 'parties', partyIds: ['ua'] }, 'parties', ['ua']);
    assert.equal(none.ok, false);
    const narrower = buildAudience({ kind: 'process' }, 'parties', ['ua']);
    assert.equal(narrower.ok, false);
    assert.deepEqual(buildAudience({ kind: 'process' }, 'public', []), {
      ok: true,
      audience: { kind: 'public' },
    });
  });

  test('a refused narrowing is said in words', () => {
    const text = describeShareProblem(
      {
        type: 'https://concord.dev/problems/rule-broken',
        title: 'The request breaks a rule',
        status: 422,
        detail: 'an audience can only widen: who has been shown something cannot be made to unsee it',
        errors: [{ path: 'audience', message: 'must include everyone who may read it now' }],
      },
      'version',
    );
    assert.match(text, /^Narrowing is refused/);
    const container = describeShareProblem(
      {
        type: 'x',
        title: 't',
        status: 422,
        detail:
          'this cannot be shared with public: what contains it is shared only with everyone in the process',
        errors: [{ path: 'audience', message: 'must stay within the audience of what contains it' }],
      },
      'version',
    );
    assert.match(container, /cannot be shared further than what contains it/);
    assert.match(
      describeShareProblem({ type: 'x', title: 'Not allowed', status: 403 }, 'plan'),
      /may not share this plan/,
    );
  });
});
