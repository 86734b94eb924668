import type { FastifyReply } from 'fastify';
import {
  attachmentDisposition,
  renderCsv,
  type ExportFormat,
  type ExportTable,
} from '@stagebureau/domain';
import { writeXlsx, xlsxContentType } from './xlsx';

/**
 * Sends a table as a download: an Excel workbook or RFC 4180 CSV, `baseName` plus the
 * format's extension as the file name. Never cached: the rows are the caller's own.
 */
export async function sendTable(
  reply: FastifyReply,
  table: ExportTable,
  format: ExportFormat,
  baseName: string,
) {
  const body = format === 'xlsx' ? await writeXlsx(table) : renderCsv(table);
  return (
    reply
      .type(format === 'xlsx' ? xlsxContentType : 'text/csv; charset=utf-8')
      .header('content-disposition', attachmentDisposition(`${baseName}.${format}`))
      .header('cache-control', 'private, no-store')
      // A Buffer is sent as it is (never serialised); the schema documents a body.
      .send(body as unknown as string)
  );
}
