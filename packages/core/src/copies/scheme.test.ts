import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from './check.ts';
import { type CopyText, renderMarkdown, renderPlain } from './copy-text.ts';
import { copyChoices, fingerprintCopy } from './fingerprint.ts';
import { findSites } from './sites.ts';
import { englishDraft, rewrap, russianDraft, seeded, typos } from './test-fixture.ts';
import { traceLeak } from './trace.ts';

const SECRET = new Uint8Array(32).map((_, i) => i * 7 + 1);
const RECIPIENTS = Array.from({ length: 10 }, (_, i) => `party-${i}`);
const source = englishDraft();
const copies = RECIPIENTS.map((recipient) => ({
  recipient,
  copy: fingerprintCopy(source, SECRET, recipient),
}));

/** A leaker's version of a copy: some points, renumbered "(n)", re-wrapped, some re-typed with typos. */
function leak(copy: CopyText, random: () => number, keep: number, retype: number): string {
  const chosen = copy.points
    .map((_, i) => i)
    .sort(() => random() - 0.5)
    .slice(0, keep)
    .sort((a, b) => a - b);
  const paragraphs = chosen.map((i, n) => {
    const text = copy.points[i]?.text ?? '';
    return `(${n + 1}) ${n < retype ? typos(text, 2 + Math.floor(random() * 3), random) : text}`;
  });
  return rewrap(paragraphs, 60);
}

describe('copies: fingerprints', () => {
  it('every copy has the sites of its source, and copies differ from one another', () => {
    const ids = findSites(source).map((s) => s.id);
    assert.ok(ids.length >= 45, `${ids.length} sites`);
    for (const { copy } of copies)
      assert.deepEqual(
        findSites(copy).map((s) => s.id),
        ids,
      );
    const codes = copies.map(({ copy }) => [...copyChoices(copy).values()].join(''));
    assert.equal(new Set(codes).size, copies.length);
  });

  it('never changes a number value or a word outside the sites (canonical forms are equal)', () => {
    const random = seeded(11);
    for (let n = 0; n < 20; n++) {
      const copy = fingerprintCopy(source, SECRET, `r${Math.floor(random() * 1e9)}`);
      const digits = (c: CopyText) => c.points.map((p) => p.text.replace(/\D/g, '')).join('|');
      assert.equal(digits(copy), digits(source));
      const outcome = checkText(renderPlain(copy), [{ id: 'v1', copy: source }]);
      assert.equal(outcome.authentic, true);
    }
  });

  it('Russian: every copy has the sites of its source; a spelled-out year word varies, an abbreviation does not', () => {
    const ru = russianDraft();
    const ids = findSites(ru).map((s) => s.id);
    for (const recipient of RECIPIENTS)
      assert.deepEqual(
        findSites(fingerprintCopy(ru, SECRET, recipient)).map((s) => s.id),
        ids,
      );
    const abbreviated = {
      ...ru,
      points: [{ key: 'k', number: '1', depth: 0, text: 'Выборы в 2026 г. проводятся.' }],
    };
    assert.deepEqual(
      findSites(abbreviated).map((s) => s.vary),
      [false],
    );
  });

  it('is the same for a recipient in every version that keeps a point, and differs with the secret', () => {
    const again = fingerprintCopy(source, SECRET, 'party-3');
    assert.deepEqual(again, copies[3]?.copy);
    const other = fingerprintCopy(source, new Uint8Array(32), 'party-3');
    assert.notDeepEqual(copyChoices(other), copyChoices(again));
  });
});

describe('copies: authenticity check', () => {
  const candidates = [{ id: 'v1', copy: source }];

  it('a reformatted copy (Markdown, re-wrapped, renumbered, curly quotes) is authentic', () => {
    for (const { copy } of copies) {
      assert.equal(checkText(renderMarkdown(copy), candidates).authentic, true);
      const paragraphs = copy.points.map((p, i) => `Point ${i + 1}: ${p.text.replace(/'/g, '’')}`);
      assert.equal(checkText(rewrap(paragraphs, 50), candidates).authentic, true);
    }
  });

  it('five points alone are authentic; a copy with numbers altered is not, and the changed points are named', () => {
    const copy = copies[4]?.copy as CopyText;
    const five = [2, 5, 9, 13, 17].map((i) => `${i + 1}. ${copy.points[i]?.text}`).join('\n');
    assert.equal(checkText(five, candidates).authentic, true);
    const altered = renderPlain(copy)
      .replace(/50[,\u00a0]?000 metres/, '60,000 metres')
      .replace('25 per', '35 per')
      .replace('25 percent', '35 percent');
    const outcome = checkText(altered, candidates);
    assert.equal(outcome.authentic, false);
    if (outcome.authentic) return;
    const differences = outcome.closest?.differences ?? [];
    assert.deepEqual(
      differences.map((d) => d.number),
      ['4', '10'],
    );
    assert.match(differences[0]?.found ?? '', /60,000 metres/);
    assert.match(differences[0]?.expected ?? '', /50.?000 metres/);
    assert.equal(outcome.closest?.matched.length, 18);
  });

  it('a changed word or an added sentence is not authentic; text of another plan has no closest version', () => {
    const plain = renderPlain(copies[0]?.copy as CopyText);
    assert.equal(checkText(plain.replace('shall not exceed', 'may exceed'), candidates).authentic, false);
    assert.equal(checkText(`${plain}\n21. Sanctions are lifted.`, candidates).authentic, false);
    assert.deepEqual(checkText('Lorem ipsum dolor sit amet.', candidates), {
      authentic: false,
      closest: null,
    });
  });

  it('Russian: ё written е and grouped digits are the same text', () => {
    const ru = russianDraft();
    const copy = fingerprintCopy(ru, SECRET, 'party-1');
    const text = renderPlain(copy)
      .replace(/ё/g, 'е')
      .replace(/100 000 000/, '100000000');
    assert.equal(checkText(text, [{ id: 'ru', copy: ru }]).authentic, true);
    assert.equal(checkText(text.replace('90 дней', '60 дней'), [{ id: 'ru', copy: ru }]).authentic, false);
  });
});

describe('copies: leak tracing', () => {
  it('ten recipients: each copy, reformatted and partly re-typed, is traced to its recipient', () => {
    const random = seeded(2026);
    for (const { recipient, copy } of copies) {
      const result = traceLeak(leak(copy, random, 20, 5), copies);
      assert.equal(result.verdict, 'identified', recipient);
      assert.equal(result.ranking[0]?.recipient, recipient);
      assert.ok(result.exposed.length >= 15);
    }
  });

  it('property: over seeded leaks of 3 to 20 points, nobody is ever wrongly named', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seeded(seed);
      const index = Math.floor(random() * copies.length);
      const keep = 3 + Math.floor(random() * 18);
      const { recipient, copy } = copies[index] as (typeof copies)[number];
      const result = traceLeak(leak(copy, random, keep, Math.floor(random() * keep)), copies);
      if (result.verdict === 'identified')
        assert.equal(result.ranking[0]?.recipient, recipient, `seed ${seed}`);
      else
        assert.ok(result.exposed.length < 15 || (result.ranking[0]?.posterior ?? 0) < 0.99, `seed ${seed}`);
    }
  });

  it('five points are not enough evidence, and the leaker is not ranked below a wrong party', () => {
    const random = seeded(5);
    const copy = copies[6]?.copy as CopyText;
    const result = traceLeak(leak(copy, random, 5, 2), copies);
    assert.equal(result.verdict, 'not-enough-evidence');
    const mine = result.ranking.find((r) => r.recipient === 'party-6')?.posterior ?? 0;
    assert.ok(result.ranking.every((r) => r.posterior <= mine + 1e-12));
  });

  it('two colluders who merge their copies are not named alone; the pair is narrowed', () => {
    const [a, b] = [copies[1]?.copy as CopyText, copies[8]?.copy as CopyText];
    const merged = { ...a, points: a.points.map((p, i) => (i % 2 === 0 ? p : (b.points[i] ?? p))) };
    const result = traceLeak(renderPlain(merged), copies);
    assert.equal(result.verdict, 'not-enough-evidence');
    assert.deepEqual(result.pairs[0]?.recipients, ['party-1', 'party-8']);
  });
});
