import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  internshipPlacesReportSchema,
  placementCoverageReportSchema,
  placementReportQuerySchema,
  schoolYearOf,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { authoriseReport } from './access';
import { formatOf } from './format';
import { sendTable } from '../exports/service';
import { internshipPlacesTable, placementCoverageTable } from './placementCsv';
import { internshipPlacesFor, placementCoverageFor } from './placementReports';

const common =
  ' One school year (`schoolYear`, default: the current one); a placement belongs to the school year its period starts in. Counts only, no names. Bureau only. CSV with `?format=csv` (or `Accept: text/csv`), an Excel workbook with `?format=xlsx`.';

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
      const format = formatOf(request, request.query);
      if (format)
        return sendTable(
          reply,
          placementCoverageTable(report),
          format,
          `stagedekking-${schoolYear}`,
        );
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
      const format = formatOf(request, request.query);
      if (format)
        return sendTable(
          reply,
          internshipPlacesTable(report),
          format,
          `stageplaatsen-${schoolYear}`,
        );
      return report;
    },
  );
};

export default placementReportRoutes;
