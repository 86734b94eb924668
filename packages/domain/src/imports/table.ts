import { decodeText, type TextEncoding } from './text';
import { linesOf, parseCsvLine, type CsvRecord } from './csv';
import { maxImportRows, refuse, type ImportProblem, type ImportRefusal } from './plan';

/** A column the importer reads: its current name and older names DUO used for it. */
export interface ColumnSpec {
  name: string;
  aliases?: readonly string[];
  optional?: boolean;
}

/** A data row as named values (trimmed, `''` for DUO's single-space "empty"). */
export interface TableRow {
  line: number;
  values: Record<string, string>;
}

export interface Table {
  rows: TableRow[];
  /** Rows whose shape is broken (field count, quotes): reported, not read. */
  problems: ImportProblem[];
}

/** A record of a file, or why its line could not be read as one. */
export type RecordOrProblem = CsvRecord | ImportProblem;

const normalise = (name: string) => name.trim().replace(/^"|"$/g, '').trim().toUpperCase();

/**
 * Checks a header and names the values of each record (issue 21): CSV and spreadsheet rows
 * alike. The header must hold every required column (under its name or an old alias, in any
 * case); extra columns are ignored, so a column DUO adds later does not break the import,
 * while a renamed or missing one is refused with its name and the expected header.
 * `exactWidth`: a CSV record must have the header's field count; a spreadsheet row may end
 * early (empty trailing cells are not stored), its missing cells read as empty.
 */
export function tableFromRecords(
  header: CsvRecord | undefined,
  records: Iterable<RecordOrProblem>,
  columns: readonly ColumnSpec[],
  expectedHeader: string,
  options: { exactWidth: boolean } = { exactWidth: true },
): ({ ok: true } & Table) | ImportRefusal {
  if (!header) return refuse('import_file_empty', 'the file is empty');
  const names = header.fields.map(normalise);
  const positions = new Map<string, number>();
  const missing: string[] = [];
  for (const column of columns) {
    const at = [column.name, ...(column.aliases ?? [])]
      .map((name) => names.indexOf(normalise(name)))
      .find((index) => index >= 0);
    if (at !== undefined) positions.set(column.name, at);
    else if (!column.optional) missing.push(column.name);
  }
  if (missing.length > 0) {
    const known = new Set(columns.flatMap((c) => [c.name, ...(c.aliases ?? [])]).map(normalise));
    const expected = new Set(expectedHeader.split(';').map(normalise));
    const unexpected = names.filter((name) => !known.has(name) && !expected.has(name));
    return refuse(
      'import_header_mismatch',
      `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected header: ${expectedHeader}`,
      { missingColumns: missing, unexpectedColumns: unexpected, expectedHeader },
    );
  }
  const rows: TableRow[] = [];
  const problems: ImportProblem[] = [];
  for (const record of records) {
    if (rows.length + problems.length >= maxImportRows) {
      return refuse('file_too_large', `at most ${maxImportRows} rows`, { maxRows: maxImportRows });
    }
    if (!('fields' in record)) problems.push(record);
    else if (
      options.exactWidth
        ? record.fields.length !== names.length
        : record.fields.length > names.length
    ) {
      problems.push({
        line: record.line,
        column: null,
        code: 'field_count',
        params: { fields: record.fields.length, expected: names.length },
        message: `${record.fields.length} fields, the header has ${names.length}`,
      });
    } else {
      const values: Record<string, string> = {};
      for (const [name, at] of positions) values[name] = (record.fields[at] ?? '').trim();
      rows.push({ line: record.line, values });
    }
  }
  if (rows.length === 0 && problems.length === 0) {
    return refuse('import_file_empty', 'the file has a header but no rows');
  }
  return { ok: true, rows, problems };
}

function* csvRecords(lines: Iterator<{ line: number; text: string }>): Generator<RecordOrProblem> {
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const { line, text } = next.value;
    const parsed = parseCsvLine(text);
    yield parsed.ok
      ? { line, fields: parsed.fields }
      : { line, column: null, code: 'row_unreadable', message: parsed.reason };
  }
}

/**
 * Reads a `;`-separated file with a header into named rows: the bytes are decoded (encoding
 * detected), then checked and named like any table (`tableFromRecords`).
 */
export function readTable(
  bytes: Uint8Array,
  columns: readonly ColumnSpec[],
  expectedHeader: string,
): ({ ok: true; encoding: TextEncoding } & Table) | ImportRefusal {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('file_content_mismatch', `not a CSV file: ${decoded.reason}`);
  const lines = linesOf(decoded.text);
  const first = lines.next();
  if (first.done) return refuse('import_file_empty', 'the file is empty');
  const header = parseCsvLine(first.value.text);
  if (!header.ok) return refuse('import_header_mismatch', `the header: ${header.reason}`);
  const table = tableFromRecords(
    { line: first.value.line, fields: header.fields },
    csvRecords(lines),
    columns,
    expectedHeader,
  );
  return table.ok ? { ...table, encoding: decoded.encoding } : table;
}
