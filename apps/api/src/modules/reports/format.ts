import type { FastifyRequest } from 'fastify';
import type { ExportFormat } from '@stagebureau/domain';

/** `?format=` wins; otherwise an Accept of text/csv asks for RFC 4180 CSV; else JSON (null). */
export function formatOf(
  request: FastifyRequest,
  query: { format?: 'json' | ExportFormat },
): ExportFormat | null {
  if (query.format) return query.format === 'json' ? null : query.format;
  return /\btext\/csv\b/.test(request.headers.accept ?? '') ? 'csv' : null;
}
