import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  demandByWeekSchema,
  fillReportSchema,
  requestYearQuerySchema,
  weekSuggestionsQuerySchema,
  weekSuggestionsSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../../plugins/auth';
import { authProblems } from '../../shared';
import { demandOfWeeks, fillReport, suggestWeeks } from './service';

/** The demand side's follow-up reads (issue 15): fill rates, demand by week, week suggestions. */
export const requestFollowUpRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['requests'];
  const security = [{ bearer: [] }];

  app.get(
    '/requests/fill',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Fill rates of a school year',
        tags,
        security,
        description:
          'Fill rates of a school year (asked, proposed, accepted, open parts and the accepted share) per request, menu card and school. A school sees only its own parts and row; the bureau all; companies get 403.',
        querystring: requestYearQuerySchema,
        response: { 200: fillReportSchema, ...authProblems },
      },
    },
    async (request) => fillReport(app.db, actorOf(request), request.query.schoolYear),
  );

  app.get(
    '/requests/demand-by-week',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Demand per week and activity type',
        tags,
        security,
        description:
          'For the bureau: classes asked per ISO week and activity type (a request’s parts spread evenly over its weeks) against classes offered (free seats of scheduled, published sessions / 25).',
        querystring: requestYearQuerySchema,
        response: { 200: demandByWeekSchema, ...authProblems },
      },
    },
    async (request) => demandOfWeeks(app.db, actorOf(request), request.query.schoolYear),
  );

  app.get(
    '/requests/week-suggestions',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Suggest weeks for an overbooked period',
        tags,
        security,
        description:
          'Whether an asked period is overbooked for an activity type (more classes asked than fitting companies’ sessions can take), and if so up to three weeks of the same school year with the most room.',
        querystring: weekSuggestionsQuerySchema,
        response: { 200: weekSuggestionsSchema, ...authProblems },
      },
    },
    async (request) =>
      suggestWeeks(
        app.db,
        actorOf(request),
        { ...request.query, sectorTags: request.query.sectorTags ?? [] },
        new Date(),
      ),
  );
};

export default requestFollowUpRoutes;
