import {
  DomainError,
  readTable,
  sniffFileType,
  tableFromRecords,
  type ColumnSpec,
  type ImportProblem,
  type ImportRefusal,
  type TableRow,
  type TextEncoding,
} from '@stagebureau/domain';
import { readSheetRows } from './spreadsheet';
import { assertTextFile, type ImportFile } from './upload';

export interface ReadRows {
  rows: TableRow[];
  problems: ImportProblem[];
  /** The CSV's text encoding; null for an Excel workbook. */
  encoding: TextEncoding | null;
}

const refused = (read: ImportRefusal) => new DomainError(read.code, read.detail, read.meta);

/**
 * The named rows of an uploaded table (issue 21): an Excel workbook when its bytes are one
 * (zip magic and the xlsx content types, never its name), else `;`-separated text. Both go
 * through the same header check and the same planner. A file named .xlsx that is no workbook
 * is refused rather than read as text.
 */
export async function readRows(
  file: ImportFile,
  columns: readonly ColumnSpec[],
  header: string,
): Promise<ReadRows> {
  if (file.bytes.length === 0) throw new DomainError('import_file_empty', 'the file is empty');
  const sniffed = sniffFileType(file.bytes);
  if (sniffed.ok && sniffed.kind === 'xlsx') {
    const sheet = await readSheetRows(file.bytes);
    const read = tableFromRecords(sheet.header, sheet.records, columns, header, {
      exactWidth: false,
    });
    if (!read.ok) throw refused(read);
    return { rows: read.rows, problems: read.problems, encoding: null };
  }
  if (/\.xlsx$/i.test(file.fileName))
    throw new DomainError(
      'file_content_mismatch',
      `this file is named .xlsx but is ${sniffed.ok ? `a ${sniffed.kind} file` : sniffed.reason}, not an Excel workbook`,
    );
  assertTextFile(file.bytes, 'CSV');
  const read = readTable(file.bytes, columns, header);
  if (!read.ok) throw refused(read);
  return read;
}
