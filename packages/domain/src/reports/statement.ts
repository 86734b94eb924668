import { escapeHtml } from '../notifications/escape';
import { localDateOf } from '../blackout';
import { offerTypeLabelsNl } from '../ical/text';
import type { CoFinancingRow, CoFinancingTotal } from './coFinancing';
import { formatDutchDecimal, formatEuro } from './money';

export interface StatementInput {
  regionName: string;
  companyName: string;
  /** e.g. "schooljaar 2026-2027" or "kalenderjaar 2026". */
  periodLabel: string;
  rows: readonly CoFinancingRow[];
  total: CoFinancingTotal;
  issuedAt: Date;
}

const dutchDate = (instant: Date) => localDateOf(instant).split('-').reverse().join('-');

const printCss = `
  body { font-family: Georgia, 'Times New Roman', serif; color: #111; margin: 2cm; line-height: 1.4; }
  h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
  .meta { color: #444; margin-top: 0; }
  table { width: 100%; border-collapse: collapse; margin: 1.5rem 0; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid #bbb; padding: 0.3rem 0.4rem; text-align: left; vertical-align: top; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  tfoot td { font-weight: bold; border-top: 2px solid #111; }
  @page { size: A4; margin: 1.5cm; }
  @media print { body { margin: 0; } tr { page-break-inside: avoid; } }
`;

/**
 * The printable statement a company receives: its in-kind contribution in a period, one line
 * per activity, in Dutch, with thanks. Every stored text passes `escapeHtml`.
 */
export function renderCoFinancingStatement(input: StatementInput): string {
  const lines = input.rows
    .map(
      (row) => `<tr>
        <td>${dutchDate(row.startsAt)}</td>
        <td>${escapeHtml(row.offerTitle)}</td>
        <td>${offerTypeLabelsNl[row.offerType]}</td>
        <td>${escapeHtml(row.schoolNames.join(', '))}</td>
        <td class="num">${formatDutchDecimal(row.inKindHours, 2)}</td>
        <td class="num">${formatEuro(row.hourlyRateCents)}</td>
        <td class="num">${formatEuro(row.amountCents)}</td>
      </tr>`,
    )
    .join('\n');
  const company = escapeHtml(input.companyName);
  const region = escapeHtml(input.regionName);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Verklaring cofinanciering in natura – ${company}</title>
<style>${printCss}</style>
</head>
<body>
<h1>Verklaring cofinanciering in natura</h1>
<p class="meta">${region} · ${escapeHtml(input.periodLabel)} · opgesteld op ${dutchDate(input.issuedAt)}</p>
<p>Beste ${company},</p>
<p>Hartelijk dank voor uw inzet voor het techniekonderwijs in onze regio. Met gastlessen,
bedrijfsbezoeken, stages en andere activiteiten heeft u leerlingen laten zien wat techniek in de
praktijk is. Hieronder staat uw bijdrage in natura over ${escapeHtml(input.periodLabel)}: per
uitgevoerde activiteit de ingezette uren maal het uurtarief dat de regio hanteert.</p>
<table>
<thead><tr><th>Datum</th><th>Activiteit</th><th>Soort</th><th>Scholen</th>
<th class="num">Uren</th><th class="num">Tarief</th><th class="num">Bedrag</th></tr></thead>
<tbody>
${lines || '<tr><td colspan="7">Geen uitgevoerde activiteiten in deze periode.</td></tr>'}
</tbody>
<tfoot><tr><td colspan="4">Totaal (${input.total.activities} activiteiten)</td>
<td class="num">${formatDutchDecimal(input.total.hours, 2)}</td><td></td>
<td class="num">${formatEuro(input.total.amountCents)}</td></tr></tfoot>
</table>
<p>Met vriendelijke groet,<br>Het stagebureau van ${region}</p>
</body>
</html>
`;
}
