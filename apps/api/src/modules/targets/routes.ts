import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  exportFormats,
  putTargetsSchema,
  schoolYearOf,
  schoolYearQuerySchema,
  spreadsheetBodySchema,
  targetReportSchema,
  targetsTable,
  targetYearParamsSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { sendTable } from '../exports/service';
import { putTargets, targetReport } from './service';

const actuals =
  'Actuals are live: `internship_places` confirmed placements (accepted, signed, completed) starting in the year; `internship_places_growth` this year’s minus last year’s; `active_companies` companies with a held session or a confirmed placement; `co_financing_percent` the in-kind value of the year (the co-financing report’s total) ÷ the region’s `subsidyAmountEuro` × 100, null without one; `sectors_covered` the region’s sector terms with at least one active company (per sector in `sectors`).';

/** The region's targets per school year (issue 17): set and followed by the bureau. */
const targetRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['targets'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  app.get(
    '/targets',
    {
      onRequest,
      schema: {
        summary: 'Regional targets and their actuals',
        tags,
        security,
        description: `Per measure of the school year (default: current): the target (or null), the actual, last year’s actual and the progress (actual ÷ target). Bureau only. ${actuals}`,
        querystring: schoolYearQuerySchema,
        response: { 200: targetReportSchema, ...authProblems },
      },
    },
    async (request) =>
      targetReport(app.db, actorOf(request), request.query.schoolYear ?? schoolYearOf(new Date())),
  );

  app.get(
    '/targets/export.csv',
    {
      onRequest,
      schema: {
        summary: 'Regional targets as CSV or xlsx (subsidy report)',
        tags,
        security,
        description:
          'The same figures as `GET /targets`, as RFC 4180 CSV (default) or an Excel workbook (`?format=xlsx`): one line per measure, then one per sector. Bureau only.',
        querystring: schoolYearQuerySchema.extend({
          format: z.enum(exportFormats).optional(),
        }),
        response: { 200: spreadsheetBodySchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const schoolYear = request.query.schoolYear ?? schoolYearOf(new Date());
      const report = await targetReport(app.db, actorOf(request), schoolYear);
      const format = request.query.format ?? 'csv';
      return sendTable(reply, targetsTable(report), format, `doelen-${schoolYear}`);
    },
  );

  app.put(
    '/targets/:schoolYear',
    {
      onRequest,
      schema: {
        summary: 'Set the regional targets of a school year',
        tags,
        security,
        description:
          'Replaces the year’s targets: a measure given keeps its number (≥ 0; a percentage for `co_financing_percent`), one left out or null has none. The same body again changes nothing; audited. Bureau only.',
        params: targetYearParamsSchema,
        body: putTargetsSchema,
        response: { 200: targetReportSchema, ...authProblems },
      },
    },
    async (request) =>
      putTargets(app.db, actorOf(request), request.params.schoolYear, request.body),
  );
};

export default targetRoutes;
