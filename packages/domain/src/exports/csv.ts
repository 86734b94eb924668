import { toLocal } from '../wallClock';
import { formatCentsPlain } from '../reports/money';
import { neutraliseFormula, type ExportCell, type ExportTable } from './table';

/** Quotes a field when it holds the separator, a quote or a line break; quotes are doubled. */
export function escapeCsvField(value: string, separator = ','): string {
  const needsQuotes =
    value.includes(separator) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An instant as the people who read the export count time: `YYYY-MM-DD HH:mm`, Amsterdam. */
export function localDateTimeText(instant: Date): string {
  const { date, time } = toLocal(instant);
  return `${date} ${time}`;
}

/** A cell as CSV text: `.` decimals, ungrouped numbers, text neutralised against formulas. */
export function csvText(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return neutraliseFormula(cell);
  // Counts stay ungrouped (`1234`): nothing is ambiguous for a tool that reads them.
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : cell.toFixed(2);
  if ('cents' in cell) return formatCentsPlain(cell.cents);
  if ('decimal' in cell) return cell.decimal.toFixed(cell.fractionDigits);
  if ('instant' in cell) return localDateTimeText(cell.instant);
  return cell.date;
}

/** A whole RFC 4180 document: header line, one line per row, CRLF line ends. */
export function renderCsv(table: ExportTable): string {
  const line = (fields: readonly string[]) =>
    fields.map((field) => escapeCsvField(field, ',')).join(',');
  const header = line(table.columns.map((c) => neutraliseFormula(c.header)));
  const body = table.rows.map((row) => line(row.map(csvText)));
  return [header, ...body].join('\r\n') + '\r\n';
}
