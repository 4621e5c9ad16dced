import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findQuantities } from './quantities.ts';
import { cpuTime } from './test-support.ts';

const one = (text: string) => {
  const found = findQuantities(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return found[0];
};

describe('quantities', () => {
  test('counts of people: the unit is the counted noun', () => {
    assert.deepEqual(one('capped at 600,000 personnel.'), {
      value: 600_000,
      unit: 'personnel',
      text: '600,000 personnel',
    });
    assert.deepEqual(one('up to 800 000 troops in peacetime'), {
      value: 800_000,
      unit: 'troops',
      text: '800 000 troops',
    });
    assert.deepEqual(one('600.000 soldiers'), { value: 600_000, unit: 'soldiers', text: '600.000 soldiers' });
    assert.deepEqual(one('release 250 life-sentence prisoners'), {
      value: 250,
      unit: 'prisoners',
      text: '250 life-sentence prisoners',
    });
    assert.deepEqual(one('600 thousand troops'), {
      value: 600_000,
      unit: 'troops',
      text: '600 thousand troops',
    });
    assert.deepEqual(one('800 тыс. военнослужащих'), {
      value: 800_000,
      unit: 'военнослужащих',
      text: '800 тыс. военнослужащих',
    });
    assert.deepEqual(one('frees 1,700 Gazans'), { value: 1700, unit: 'Gazans', text: '1,700 Gazans' });
  });

  test('a large number after an army, with no noun of its own, counts personnel', () => {
    assert.deepEqual(one("Ukraine's armed forces will be capped at 600,000."), {
      value: 600_000,
      unit: 'personnel',
      text: '600,000',
    });
    assert.deepEqual(one('The army of Ukraine will number 800,000 in peacetime.'), {
      value: 800_000,
      unit: 'personnel',
      text: '800,000',
    });
    assert.deepEqual(one('Чисельність ЗСУ — 800 000 у мирний час'), {
      value: 800_000,
      unit: 'personnel',
      text: '800 000',
    });
    assert.deepEqual(one('a 600,000-strong army'), {
      value: 600_000,
      unit: 'personnel',
      text: '600,000-strong',
    });
    assert.deepEqual(findQuantities('The fund holds 600,000 in reserve.'), []);
    assert.deepEqual(findQuantities('The army. A fund of 600,000 for schools.'), []);
  });

  test('money: ISO 4217 code, value in major units', () => {
    const cases: [string, number, string, string][] = [
      ['US$100bn in frozen assets', 100e9, 'USD', 'US$100bn'],
      ['$100 billion', 100e9, 'USD', '$100 billion'],
      ['€100 billion', 100e9, 'EUR', '€100 billion'],
      ['100 млрд долларов', 100e9, 'USD', '100 млрд долларов'],
      ['800 млрд доларів', 800e9, 'USD', '800 млрд доларів'],
      ['USD 800 billion', 800e9, 'USD', 'USD 800 billion'],
      ['£5m', 5e6, 'GBP', '£5m'],
      ['€678 bn', 678e9, 'EUR', '€678 bn'],
      ['2,5 млрд евро', 2.5e9, 'EUR', '2,5 млрд евро'],
      ['100 billion dollars', 100e9, 'USD', '100 billion dollars'],
      ['1.5 million euros', 1.5e6, 'EUR', '1.5 million euros'],
      ['50 млрд грн', 50e9, 'UAH', '50 млрд грн'],
      ['₽300 billion', 300e9, 'RUB', '₽300 billion'],
      ['300 billion roubles', 300e9, 'RUB', '300 billion roubles'],
      ['a $100-billion fund', 100e9, 'USD', '$100-billion'],
      ['١٠٠ مليار دولار', 100e9, 'USD', '١٠٠ مليار دولار'],
    ];
    for (const [text, value, unit, printed] of cases)
      assert.deepEqual(one(text), { value, unit, text: printed });
  });

  test('percentages, ratios, durations, distances', () => {
    assert.deepEqual(one('50% of the profit'), { value: 50, unit: 'percent', text: '50%' });
    assert.deepEqual(one('50 per cent of profits'), { value: 50, unit: 'percent', text: '50 per cent' });
    assert.deepEqual(one('50 percent'), { value: 50, unit: 'percent', text: '50 percent' });
    assert.deepEqual(one('fifty percent of the profits'), {
      value: 50,
      unit: 'percent',
      text: 'fifty percent',
    });
    assert.deepEqual(one('خلال ١٠٠ يوم'), { value: 100, unit: 'days', text: '١٠٠ يوم' });
    assert.deepEqual(one('split 50/50'), { value: 0.5, unit: 'ratio', text: '50/50' });
    assert.deepEqual(one('a 60:40 split'), { value: 0.6, unit: 'ratio', text: '60:40' });
    assert.deepEqual(one('shared fifty-fifty'), { value: 0.5, unit: 'ratio', text: 'fifty-fifty' });
    assert.deepEqual(one('in a 1:2 ratio'), { value: 0.333333333333, unit: 'ratio', text: '1:2' });
    assert.deepEqual(one('within 100 days'), { value: 100, unit: 'days', text: '100 days' });
    assert.deepEqual(one('within 72 hours'), { value: 72, unit: 'hours', text: '72 hours' });
    assert.deepEqual(one('for 30 years'), { value: 30, unit: 'years', text: '30 years' });
    assert.deepEqual(one('a 100-day deadline'), { value: 100, unit: 'days', text: '100-day' });
    assert.deepEqual(one('within two weeks'), { value: 2, unit: 'weeks', text: 'two weeks' });
    assert.deepEqual(one('after six months'), { value: 6, unit: 'months', text: 'six months' });
    assert.deepEqual(one('the last three decades'), { value: 30, unit: 'years', text: 'three decades' });
    assert.deepEqual(one('в течение 30 дней'), { value: 30, unit: 'days', text: '30 дней' });
    assert.deepEqual(one('протягом 100 днів'), { value: 100, unit: 'days', text: '100 днів' });
    assert.deepEqual(one('a 40 km zone'), { value: 40, unit: 'km', text: '40 km' });
    assert.deepEqual(one('within ١٠٠ days'), { value: 100, unit: 'days', text: '١٠٠ days' });
  });

  test('point numbers, years, dates, names and references are not quantities', () => {
    for (const text of [
      'rejoin the G8',
      'by 2040',
      'in 2025',
      'elections in 2026 will be held',
      'on 7 October 2023',
      'on October 7, 2023',
      'by 27 November',
      '20 листопада 2025 року',
      'under Article 5 of the treaty',
      'see point 10',
      'Resolution 2803',
      'START I and COVID-19',
      'the 28-point plan',
      '24/7 access',
      'at 10:30',
      'the 1st stage',
      'about 5m from the road',
      'one of them',
      'section 3 says',
      'in 20.11.2025',
    ])
      assert.deepEqual(findQuantities(text), [], text);
  });

  test('several in one text, in order, each number once', () => {
    const found = findQuantities(
      'US$100bn of frozen assets go to reconstruction, the US receives 50% of the profit, and Europe adds $100 billion within 10 years.',
    );
    assert.deepEqual(
      found.map((q) => [q.value, q.unit, q.text]),
      [
        [100e9, 'USD', 'US$100bn'],
        [50, 'percent', '50%'],
        [100e9, 'USD', '$100 billion'],
        [10, 'years', '10 years'],
      ],
    );
  });

  test('a long text is scanned in linear time', () => {
    const text = `${'1,000 troops and 5% and '.repeat(40_000)}end`;
    const { result: found, ms } = cpuTime(() => findQuantities(text));
    assert.equal(found.length, 80_000);
    assert.ok(ms < 2000, `${ms} ms`);
  });
});
