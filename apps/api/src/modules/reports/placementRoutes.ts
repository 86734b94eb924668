import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  internshipPlacesReportSchema,
  placementCoverageReportSchema,
  placementReportQuerySchema,
  schoolYearOf,
  type CsvDialect,
  type PlacementReportQuery,
} from '@stagebureau/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { authoriseReport } from './access';
import { internshipPlacesCsv, placementCoverageCsv } from './placementCsv';
import { internshipPlacesFor, placementCoverageFor } from './placementReports';

/** `?format=` wins; otherwise an Accept of text/csv asks for RFC 4180 CSV. */
function dialectOf(request: FastifyRequest, query: PlacementReportQuery): CsvDialect | null {
  if (query.format) return query.format === 'json' ? null : query.format;
  return /\btext\/csv\b/.test(request.headers.accept ?? '') ? 'csv' : null;
}

const sendCsv = (reply: FastifyReply, name: string, body: string) =>
  reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(body);

const common =
  ' One school year (`schoolYear`, default: the current one); a placement belongs to the school year its period starts in. Counts only, no names. Bureau only. CSV with `?format=csv` (or `Accept: text/csv`), Excel-NL CSV with `?format=xlsx-csv`.';

/** Placement reports (issue 16): who is placed, and the region's internship places. */
const placementReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['reports'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;
  const querystring = placementReportQuerySchema;

  app.get(
    '/reports/placement-coverage',
    {
      onRequest,
      schema: {
        summary: 'Placement coverage report',
        tags,
        security,
        description:
          'Placement coverage: pupils with a placement (accepted, signed or completed) per school, education level and vmbo profile; a pupil counts once however many placements. Teachers’ own placements are counted apart, never as pupils; schools without a placed pupil are flagged.' +
          common,
        querystring,
        response: { 200: placementCoverageReportSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authoriseReport(actor);
      const schoolYear = request.query.schoolYear ?? schoolYearOf(new Date());
      const report = await placementCoverageFor(app.db, actor.regionId, schoolYear);
      const dialect = dialectOf(request, request.query);
      if (dialect)
        return sendCsv(reply, `stagedekking-${schoolYear}`, placementCoverageCsv(report, dialect));
      return report;
    },
  );

  app.get(
    '/reports/internship-places',
    {
      onRequest,
      schema: {
        summary: 'Internship places report',
        tags,
        security,
        description:
          'Internship places in the region: places offered (the sum of the capacities of places that are not cancelled) and filled (accepted, signed or completed placements), per place type, this school year against the one before, with the change.' +
          common,
        querystring,
        response: { 200: internshipPlacesReportSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authoriseReport(actor);
      const schoolYear = request.query.schoolYear ?? schoolYearOf(new Date());
      const report = await internshipPlacesFor(app.db, actor.regionId, schoolYear);
      const dialect = dialectOf(request, request.query);
      if (dialect)
        return sendCsv(reply, `stageplaatsen-${schoolYear}`, internshipPlacesCsv(report, dialect));
      return report;
    },
  );
};

export default placementReportRoutes;
