import type { ImportResult } from '@stagebureau/domain';
import { describe, expect, test } from 'vitest';
import { translator } from './i18n';
import { importRefusalMessage, rowDetail, rowErrorsOf, summariseImport } from './imports';

const t = translator('nl');

function aResult(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    kind: 'duo-locations',
    applied: false,
    encoding: 'utf-8',
    schoolYear: null,
    totals: { rows: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 },
    errors: [],
    items: [],
    truncated: false,
    ...overrides,
  };
}

const item = (line: number, action: 'create' | 'update' | 'unchanged' | 'skip', more = {}) => ({
  line,
  key: `99XX0${line}`,
  action,
  label: `Locatie ${line}`,
  ...more,
});

describe('import summary', () => {
  test('when a preview has errors, then they come first by line, then the rows in file order', () => {
    const summary = summariseImport(
      aResult({
        totals: { rows: 4, created: 1, updated: 1, unchanged: 0, skipped: 0, errors: 2 },
        errors: [
          { line: 5, column: 'POSTCODE', code: 'not_postcode', message: 'not a postcode' },
          {
            line: 3,
            column: 'VAKANTIEREGIO',
            code: 'invalid',
            message: 'not Noord, Midden or Zuid',
          },
        ],
        items: [item(4, 'update', { changes: ['name', 'postcode'] }), item(2, 'create')],
      }),
    );
    expect(summary.rows.map((row) => [row.outcome, row.line])).toEqual([
      ['error', 3],
      ['error', 5],
      ['create', 2],
      ['update', 4],
    ]);
    expect(summary.rows[0]).toMatchObject({ key: 'VAKANTIEREGIO', detail: expect.any(String) });
    expect(summary.rows[3]?.detail).toBe('name, postcode');
    expect(summary.counts).toEqual({ create: 1, update: 1, unchanged: 0, skip: 0, error: 2 });
    expect(summary.hiddenRows).toBe(0);
  });

  test('when a file has more rows than are shown, then the rest are counted as hidden', () => {
    const items = Array.from({ length: 250 }, (_, index) => item(index + 2, 'unchanged'));
    const summary = summariseImport(
      aResult({
        totals: { rows: 250, created: 0, updated: 0, unchanged: 250, skipped: 0, errors: 0 },
        items,
      }),
      200,
    );
    expect(summary.rows).toHaveLength(200);
    expect(summary.hiddenRows).toBe(50);
  });

  test('when the API capped its lists, then the totals still count every row', () => {
    const summary = summariseImport(
      aResult({
        totals: { rows: 3000, created: 3000, updated: 0, unchanged: 0, skipped: 0, errors: 0 },
        items: Array.from({ length: 2000 }, (_, index) => item(index + 2, 'create')),
        truncated: true,
      }),
      200,
    );
    expect(summary.counts.create).toBe(3000);
    expect(summary.hiddenRows).toBe(2800);
  });

  test('when a row is skipped, then its reason is the detail', () => {
    const summary = summariseImport(
      aResult({
        totals: { rows: 1, created: 0, updated: 0, unchanged: 0, skipped: 1, errors: 0 },
        items: [item(2, 'skip', { reason: 'outside the region' })],
      }),
    );
    expect(summary.rows[0]).toMatchObject({ outcome: 'skip', detail: 'outside the region' });
  });
});

describe('import refusals', () => {
  test('when columns are missing, then the message names them and the expected header', () => {
    const message = importRefusalMessage(
      {
        code: 'import_header_mismatch',
        extra: { missingColumns: ['VAKANTIEREGIO'], expectedHeader: 'PROVINCIE;VAKANTIEREGIO' },
      },
      t,
    );
    expect(message).toContain('VAKANTIEREGIO');
    expect(message).toContain('PROVINCIE;VAKANTIEREGIO');
  });

  test('when the code is not an import refusal, then there is no special message', () => {
    expect(importRefusalMessage({ code: 'file_too_large', extra: {} }, t)).toBeUndefined();
  });

  test('when an apply is refused for its rows, then the row errors are read back by line', () => {
    const rows = rowErrorsOf({
      importErrors: [
        { line: 4, column: 'POSTCODE', message: 'b' },
        { line: 2, column: null, message: 'a' },
      ],
    });
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
    expect(rowErrorsOf({ importErrors: 'nonsense' })).toEqual([]);
  });

  test('when a row error has a code, then it is said in Dutch with its values; without words for the code, the message', () => {
    const [known, unknown, bare] = rowErrorsOf({
      importErrors: [
        {
          line: 3,
          column: 'naam',
          code: 'duplicate_key',
          params: { key: '1a', line: 2 },
          message: '1a repeats line 2',
        },
        { line: 4, column: 'x', code: 'something_new', message: 'some English' },
        { line: 5, column: 'x', message: 'older API' },
      ],
    });
    expect(rowDetail(known!, t)).toBe('1a staat al eerder in het bestand (regel 2).');
    expect(rowDetail(known!, translator('en'))).toBe(
      '1a already appears earlier in the file (line 2).',
    );
    expect(rowDetail(unknown!, t)).toBe('some English');
    expect(rowDetail(bare!, t)).toBe('older API');
  });
});
