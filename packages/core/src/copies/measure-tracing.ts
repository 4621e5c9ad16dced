// Measures leak tracing on the 20-point fixture (46 choice sites): for N recipients and leaks keeping K points
// (renumbered, re-wrapped, a third of the kept points re-typed with 2–4 typos), how often the leaker is named,
// how often nobody is named, and how often someone else is named (must be 0). Seeded, so runs repeat.
// Run: node --import tsx packages/core/src/copies/measure-tracing.ts
import { fingerprintCopy } from './fingerprint.ts';
import { englishDraft, rewrap, seeded, typos } from './test-fixture.ts';
import { traceLeak } from './trace.ts';

const SECRET = new Uint8Array(32).map((_, i) => i + 11);
const LEAKS = Number(process.env.LEAKS ?? 60);

for (const n of [10, 100]) {
  const copies = Array.from({ length: n }, (_, i) => ({
    recipient: `r${i}`,
    copy: fingerprintCopy(englishDraft(), SECRET, `r${i}`),
  }));
  for (const keep of [5, 8, 12, 20]) {
    const random = seeded(n * 100 + keep);
    let named = 0;
    let wrong = 0;
    let exposed = 0;
    const started = performance.now();
    for (let l = 0; l < LEAKS; l++) {
      const index = Math.floor(random() * n);
      const { recipient, copy } = copies[index] as (typeof copies)[number];
      const kept = copy.points
        .map((_, i) => i)
        .sort(() => random() - 0.5)
        .slice(0, keep)
        .sort((a, b) => a - b);
      const retype = Math.ceil(keep / 3);
      const text = rewrap(
        kept.map(
          (i, k) =>
            `(${k + 1}) ${k < retype ? typos(copy.points[i]?.text ?? '', 2 + Math.floor(random() * 3), random) : copy.points[i]?.text}`,
        ),
        60,
      );
      const r = traceLeak(text, copies);
      exposed += r.exposed.length;
      if (r.verdict === 'identified') {
        if (r.ranking[0]?.recipient === recipient) named++;
        else wrong++;
      }
    }
    const ms = (performance.now() - started) / LEAKS;
    console.log(
      `N=${n} keep ${keep}/20: named ${((100 * named) / LEAKS).toFixed(0)}%, wrongly named ${wrong}, ` +
        `exposed ${(exposed / LEAKS).toFixed(1)} sites on average, ${ms.toFixed(0)} ms per trace`,
    );
  }
}

// House style: an editor re-types a full copy in US spelling with plain digits (every spelling and number site
// pushed one way). Fingerprint choices of those kinds then read wrong, always in the same direction.
const houseStyle = (t: string) =>
  t
    .replace(/(\w)is(e|ed|es|ing|ation)\b/g, '$1iz$2')
    .replace(/our(s|able|ed)?\b/g, 'or$1')
    .replace(/per cent/g, 'percent')
    .replace(/(\d)[,\u00a0](?=\d{3})/g, '$1');
{
  const copies = Array.from({ length: 10 }, (_, i) => ({
    recipient: `r${i}`,
    copy: fingerprintCopy(englishDraft(), SECRET, `r${i}`),
  }));
  let named = 0;
  let wrong = 0;
  for (const { recipient, copy } of copies) {
    const r = traceLeak(houseStyle(copy.points.map((p) => `${p.number}. ${p.text}`).join('\n')), copies);
    if (r.verdict === 'identified') r.ranking[0]?.recipient === recipient ? named++ : wrong++;
  }
  console.log(`N=10 full copy in a US house style: named ${named}/10, wrongly named ${wrong}`);
}
