// ACLED import and export: both date styles, every field mapped, all-or-nothing with line numbers, skipping bad
// rows only when asked (and listing them), and an export that reads back to the same incidents. The project's own
// fixture always runs; ../shared/data/acled's samples are checked too when that folder is present.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { ACLED_COLUMNS, acledDate, exportAcled, importAcled } from './acled.ts';
import { readCsv } from './csv.ts';

const fixture = readFileSync(new URL('./fixtures/gaza-illustrative.acled.csv', import.meta.url), 'utf8');
const [header = '', ...rest] = fixture.split('\r\n');
const withRow = (row: string, at: number) =>
  [header, ...rest.slice(0, at), row, ...rest.slice(at)].join('\r\n');

describe('importAcled', () => {
  test('maps every ACLED field, both date styles and quoted line breaks', () => {
    const result = importAcled(fixture);
    assert.equal(result.refused, false);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.incidents.map((i) => [i.line, i.incident.externalId, i.incident.eventDate]),
      [
        [2, 'CON0000001', '2025-10-19'],
        [3, 'CON0000002', '2025-10-20'],
        [5, 'CON0000003', '2025-10-21'],
      ],
    );
    const first = result.incidents[0]?.incident;
    assert.equal(first?.eventType, 'Battles');
    assert.equal(first?.subEventType, 'Armed clash');
    assert.equal(first?.actor2, 'Hamas Movement');
    assert.deepEqual(first?.location, {
      name: 'Rafah',
      country: 'Palestine',
      admin1: 'Gaza Strip',
      admin2: 'Rafah',
      admin3: '',
      latitude: 31.2969,
      longitude: 34.2455,
    });
    assert.equal(first?.fatalities, 2);
    assert.match(first?.notes ?? '', /monitors heard "several bursts"/);
    assert.equal(first?.acled.timestamp, '1760832000');
    assert.equal(result.incidents[1]?.incident.location.name, 'خان يونس');
  });

  test('one bad row: nothing imported, the bad row named by its physical line and column', () => {
    // After the two-line record of line 3–4, the inserted row is on physical line 5.
    const bad = withRow(rest[0]?.replace('31.2969', 'north') ?? '', 2);
    const result = importAcled(bad);
    assert.equal(result.refused, true);
    assert.deepEqual(result.incidents, []);
    assert.deepEqual(result.problems, [{ line: 5, message: 'latitude must be a number' }]);
  });

  test('bad rows skipped only when asked, and listed', () => {
    const bad = withRow('CON9,2025-10-22,2025,1,x,Picnic,y', 1);
    const strict = importAcled(bad);
    assert.deepEqual([strict.refused, strict.incidents.length], [true, 0]);
    const skipping = importAcled(bad, { skipBadRows: true });
    assert.equal(skipping.refused, false);
    assert.deepEqual(
      skipping.incidents.map((i) => i.line),
      [2, 4, 6],
    );
    assert.deepEqual(
      skipping.problems.map((p) => p.line),
      [3],
    );
    assert.match(skipping.problems[0]?.message ?? '', /has 7 fields where the header has 31/);
  });

  test('a file without ACLED columns is refused as a whole', () => {
    const result = importAcled('id,name\n1,x\n');
    assert.equal(result.refused, true);
    assert.match(result.problems[0]?.message ?? '', /^the header has no event_date, event_type/);
  });

  test('a wrong value names its ACLED column', () => {
    const bad = withRow(
      rest[0]?.replace(',Battles,', ',Picnic,').replace('2025-10-19', '2025-13-40') ?? '',
      0,
    );
    const [problem] = importAcled(bad).problems;
    assert.equal(problem?.line, 2);
    assert.match(problem?.message ?? '', /^event_date must be a date.*; event_type /);
  });
});

describe('exportAcled', () => {
  test("writes ACLED's 31 columns in order and reads back to the same incidents", () => {
    const incidents = importAcled(fixture).incidents.map((i) => i.incident);
    const text = exportAcled(incidents);
    assert.equal(text.split('\r\n')[0], ACLED_COLUMNS.join(','));
    assert.deepEqual(
      importAcled(text).incidents.map((i) => i.incident),
      incidents,
    );
  });
  test('export dates are API-style', () => {
    assert.equal(acledDate('1 December 2025'), '2025-12-01');
    assert.equal(acledDate('2025-12-01'), '2025-12-01');
    assert.equal(acledDate('1 Decembre 2025'), '1 Decembre 2025');
  });
});

const shared = new URL('../../../../../shared/data/acled/', import.meta.url);
if (existsSync(shared)) {
  describe('../shared/data/acled', () => {
    const read = (name: string) => readFileSync(new URL(name, shared), 'utf8');
    test('both samples import whole, to the same incidents, and round-trip', () => {
      const api = importAcled(read('sample-acled.csv'));
      const exported = importAcled(read('sample-acled-export-dates.csv'));
      assert.equal(api.incidents.length, 10);
      assert.deepEqual(api.problems, []);
      const strip = (r: typeof api) => r.incidents.map((i) => i.incident);
      assert.deepEqual(strip(exported), strip(api));
      assert.deepEqual(strip(importAcled(exportAcled(strip(api)))), strip(api));
    });
    test('the malformed samples are refused at their lines', () => {
      assert.deepEqual(
        readCsv(read('tricky.csv')).rows.map((r) => r.line),
        [2, 3, 4, 6, 8, 9],
      );
      for (const [name, line] of [
        ['tricky-bad-fieldcount.csv', 5],
        ['tricky-bad-stray-quote.csv', 5],
        ['tricky-bad-unclosed-quote.csv', 5],
      ] as const)
        assert.deepEqual(
          readCsv(read(name)).problems.map((p) => p.line),
          [line],
          name,
        );
    });
  });
}
