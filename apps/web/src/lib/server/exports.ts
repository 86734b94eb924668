import { error } from '@sveltejs/kit';
import { exportFormats, type ExportFormat } from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { passThrough } from './passThrough';
import { schoolYearFrom } from './yearPlan';

/** The downloads by their Dutch path segment, and the API export behind each. */
export const exportKinds = {
  boekingen: 'bookings',
  plaatsingen: 'placements',
  jaarplanning: 'year-plans',
} as const;
export type ExportKind = keyof typeof exportKinds;

const accepts: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/**
 * `/export/boekingen?format=xlsx&schooljaar=2026-2027`: the API's export for the signed-in
 * user (the API scopes it to their school, company or region), passed through as a download.
 */
export function exportDownload(locals: App.Locals, url: URL, kind: string): Promise<Response> {
  const format = url.searchParams.get('format') as ExportFormat | null;
  if (!Object.hasOwn(exportKinds, kind) || !format || !exportFormats.includes(format))
    error(404, { message: translator(locals.language)('error.notFound') });
  const schoolYear = schoolYearFrom(url, new Date());
  const query = new URLSearchParams({ format, schoolYear });
  return passThrough(
    locals,
    `/exports/${exportKinds[kind as ExportKind]}?${query.toString()}`,
    accepts[format],
    `${kind}-${schoolYear}.${format}`,
    'attachment',
  );
}
