import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  exportQuerySchema,
  schoolYearOf,
  spreadsheetBodySchema,
  yearPlanExportQuerySchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { bookingsExport, placementsExport, sendTable, yearPlansExport } from './service';

const formats =
  " `?format=xlsx` (default: an Excel workbook, bold frozen header, numbers as numbers, times as dates in Europe/Amsterdam) or `?format=csv` (RFC 4180). Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (formula injection). One school year (`schoolYear`, default: the current one).";
const scope = ' A school its own, a company those on its offers, the bureau its whole region.';

/** Spreadsheet exports of bookings, placements and year plans (issue 21). */
const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['exports'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;
  const response = { 200: spreadsheetBodySchema, ...authProblems };

  app.get(
    '/exports/bookings',
    {
      onRequest,
      schema: {
        summary: 'Export bookings as xlsx or CSV',
        tags,
        security,
        description: `Class bookings whose session starts in the school year, every status, one row each (placements are in \`/exports/placements\`).${scope}${formats}`,
        querystring: exportQuerySchema,
        response,
      },
    },
    async (request, reply) => {
      const schoolYear = request.query.schoolYear ?? schoolYearOf(new Date());
      const table = await bookingsExport(app.db, actorOf(request), schoolYear);
      return sendTable(reply, table, request.query.format, `boekingen-${schoolYear}`);
    },
  );

  app.get(
    '/exports/placements',
    {
      onRequest,
      schema: {
        summary: 'Export placements as xlsx or CSV',
        tags,
        security,
        description: `Placements whose period starts in the school year, every status, one row each with the class or \`docentenstage\`, never a name. A school its own, a company those in its places, the bureau its whole region.${formats}`,
        querystring: exportQuerySchema,
        response,
      },
    },
    async (request, reply) => {
      const schoolYear = request.query.schoolYear ?? schoolYearOf(new Date());
      const table = await placementsExport(app.db, actorOf(request), schoolYear);
      return sendTable(reply, table, request.query.format, `plaatsingen-${schoolYear}`);
    },
  );

  app.get(
    '/exports/year-plans',
    {
      onRequest,
      schema: {
        summary: 'Export year plans as xlsx or CSV',
        tags,
        security,
        description: `Year plans (jaarplanning), one row per plan item as \`GET /year-plans/…\` shows them. A school or company its own; the bureau one school or company (\`organisationId\`) or, without it, every school of the region; another organisation answers 404.${formats}`,
        querystring: yearPlanExportQuerySchema,
        response,
      },
    },
    async (request, reply) => {
      const { schoolYear = schoolYearOf(new Date()), organisationId, format } = request.query;
      const table = await yearPlansExport(app.db, actorOf(request), schoolYear, organisationId);
      return sendTable(reply, table, format, `jaarplanning-${schoolYear}`);
    },
  );
};

export default exportRoutes;
