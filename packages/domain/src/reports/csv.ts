import { formatCentsPlain, formatCentsDutch, formatDutchDecimal, type Cents } from './money';

/**
 * Two CSV flavours: `csv` is RFC 4180 (comma, `.` decimals) for tools; `xlsx-csv` is what a
 * Dutch Excel opens by double-click: `;` separators, `1.234,56` decimals, a UTF-8 BOM so
 * accents survive, CRLF line ends.
 */
export const csvDialects = ['csv', 'xlsx-csv'] as const;
export type CsvDialect = (typeof csvDialects)[number];

/** A cell: text as is, numbers and money rendered in the dialect's notation. */
export type CsvCell =
  string | number | null | { cents: Cents } | { decimal: number; fractionDigits: number };

const separatorOf = (dialect: CsvDialect) => (dialect === 'csv' ? ',' : ';');
export const csvBom = '\uFEFF';

/** Quotes a field when it holds the separator, a quote or a line break; quotes are doubled. */
export function escapeCsvField(value: string, separator: string): string {
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

function textOf(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  const dutch = dialect === 'xlsx-csv';
  // Counts stay ungrouped (`1234`): Excel reads them either way, and nothing is ambiguous.
  if (typeof cell === 'number') {
    if (Number.isInteger(cell)) return String(cell);
    return dutch ? formatDutchDecimal(cell, 2) : cell.toFixed(2);
  }
  if ('cents' in cell) return dutch ? formatCentsDutch(cell.cents) : formatCentsPlain(cell.cents);
  return dutch
    ? formatDutchDecimal(cell.decimal, cell.fractionDigits)
    : cell.decimal.toFixed(cell.fractionDigits);
}

/** A whole CSV document: header row, then one line per row. */
export function renderCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  dialect: CsvDialect,
): string {
  const separator = separatorOf(dialect);
  const line = (cells: readonly CsvCell[]) =>
    cells.map((cell) => escapeCsvField(textOf(cell, dialect), separator)).join(separator);
  const body = [header, ...rows].map(line).join('\r\n') + '\r\n';
  return dialect === 'xlsx-csv' ? csvBom + body : body;
}
