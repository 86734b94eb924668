import { decodeText, type TextEncoding } from './text';
import { linesOf, parseCsvLine } from './csv';
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
  encoding: TextEncoding;
  rows: TableRow[];
  /** Rows whose shape is broken (field count, quotes): reported, not read. */
  problems: ImportProblem[];
}

const normalise = (name: string) => name.trim().replace(/^"|"$/g, '').trim().toUpperCase();

/**
 * Reads a `;`-separated file with a header into named rows. The header must hold every
 * required column (under its name or an old alias); extra columns are ignored, so a column
 * DUO adds later does not break the import, while a renamed or missing one is refused with its
 * name and the expected header.
 */
export function readTable(
  bytes: Uint8Array,
  columns: readonly ColumnSpec[],
  expectedHeader: string,
): ({ ok: true } & Table) | ImportRefusal {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse('file_content_mismatch', `not a CSV file: ${decoded.reason}`);
  const lines = linesOf(decoded.text);
  const first = lines.next();
  if (first.done) return refuse('import_file_empty', 'the file is empty');
  const header = parseCsvLine(first.value.text);
  if (!header.ok) return refuse('import_header_mismatch', `the header: ${header.reason}`);
  const names = header.fields.map(normalise);
  const positions = new Map<string, number>();
  const missing: string[] = [];
  for (const column of columns) {
    const at = [column.name, ...(column.aliases ?? [])]
      .map((name) => names.indexOf(name))
      .find((index) => index >= 0);
    if (at !== undefined) positions.set(column.name, at);
    else if (!column.optional) missing.push(column.name);
  }
  if (missing.length > 0) {
    const known = new Set(columns.flatMap((c) => [c.name, ...(c.aliases ?? [])]));
    const expected = new Set(expectedHeader.split(';'));
    const unexpected = names.filter((name) => !known.has(name) && !expected.has(name));
    return refuse(
      'import_header_mismatch',
      `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; expected header: ${expectedHeader}`,
      { missingColumns: missing, unexpectedColumns: unexpected, expectedHeader },
    );
  }
  const rows: TableRow[] = [];
  const problems: ImportProblem[] = [];
  for (const { line, text } of lines) {
    if (rows.length + problems.length >= maxImportRows) {
      return refuse('file_too_large', `at most ${maxImportRows} rows`, { maxRows: maxImportRows });
    }
    const parsed = parseCsvLine(text);
    if (!parsed.ok) {
      problems.push({ line, column: null, message: parsed.reason });
    } else if (parsed.fields.length !== names.length) {
      problems.push({
        line,
        column: null,
        message: `${parsed.fields.length} fields, the header has ${names.length}`,
      });
    } else {
      const values: Record<string, string> = {};
      for (const [name, at] of positions) values[name] = parsed.fields[at]!.trim();
      rows.push({ line, values });
    }
  }
  if (rows.length === 0 && problems.length === 0) {
    return refuse('import_file_empty', 'the file has a header but no rows');
  }
  return { ok: true, encoding: decoded.encoding, rows, problems };
}
