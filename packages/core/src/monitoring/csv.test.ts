// Physical line numbers, counted as an editor shows them: LF and CRLF files alike, quoted line breaks included;
// every malformed record found (not only the first); fields written back quoted only when they must be.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvField, readCsv, writeCsv } from './csv.ts';

const lf = (lines: string[]) => `${lines.join('\n')}\n`;
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

const good = ['id,notes,n', 'A,"one', 'two",1', 'B,"say ""hi"", then go",2', 'C,"a', 'b', 'c",3'];

describe('readCsv', () => {
  for (const [name, join] of [
    ['LF', lf],
    ['CRLF', crlf],
  ] as const) {
    test(`${name}: each record's line is where it starts, quoted line breaks counted once`, () => {
      const read = readCsv(`\uFEFF${join(good)}`);
      assert.deepEqual(read.header, ['id', 'notes', 'n']);
      assert.deepEqual(
        read.rows.map((r) => [r.line, r.values.id]),
        [
          [2, 'A'],
          [4, 'B'],
          [5, 'C'],
        ],
      );
      assert.equal(read.rows[0]?.values.notes, 'one\ntwo');
      assert.equal(read.rows[1]?.values.notes, 'say "hi", then go');
      assert.deepEqual(read.problems, []);
    });

    test(`${name}: a wrong field count, a stray quote and an unclosed quote are each named by their line`, () => {
      const bad = [
        ...good,
        'D,x,4,extra',
        'E,a 152mm "shell" hit,5',
        'F,fine,6',
        'G,"never closed,7',
        'H,x,8',
      ];
      const read = readCsv(join(bad));
      assert.deepEqual(
        read.problems.map((p) => p.line),
        [8, 9, 11],
      );
      assert.match(read.problems[0]?.message ?? '', /has 4 fields where the header has 3/);
      assert.match(read.problems[1]?.message ?? '', /quote inside a field/);
      assert.match(read.problems[2]?.message ?? '', /never closed/);
      assert.deepEqual(
        read.rows.map((r) => r.values.id),
        ['A', 'B', 'C', 'F'],
      );
    });
  }

  test('blank lines are not records and do not shift the count', () => {
    const read = readCsv('id,n\n\nA,1\n\nB,x,y\n');
    assert.deepEqual(
      read.rows.map((r) => r.line),
      [3],
    );
    assert.deepEqual(
      read.problems.map((p) => p.line),
      [5],
    );
  });
});

describe('writeCsv', () => {
  test('quotes only fields with commas, quotes, line breaks or edge spaces', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "x"'), '"say ""x"""');
    assert.equal(csvField('kept  '), '"kept  "');
    assert.equal(csvField('a\nb'), '"a\nb"');
  });

  test('what it writes reads back the same', () => {
    const rows = [
      { id: 'A', notes: 'one\ntwo, "three"', n: '1' },
      { id: 'خان يونس', notes: '', n: '' },
    ];
    const read = readCsv(writeCsv(['id', 'notes', 'n'], rows));
    assert.deepEqual(
      read.rows.map((r) => r.values),
      rows,
    );
    assert.deepEqual(
      read.rows.map((r) => r.line),
      [2, 4],
    );
  });
});
