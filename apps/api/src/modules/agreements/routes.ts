import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agreementListSchema,
  agreementSchema,
  companyYearParamsSchema,
  idParamsSchema,
  putAgreementSchema,
  schoolYearOf,
  schoolYearQuerySchema,
  shortfallListSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import {
  agreementsOfCompany,
  agreementsOfYear,
  putAgreement,
  removeAgreement,
  shortfallsOfYear,
} from './service';

const fulfilment =
  'Fulfilment is live, counted in the school year from the platform’s records: sessions held (≥1 completed booking) of the company’s offers of the measure’s type; confirmed placements (accepted, signed, completed) starting in the year; in-kind hours of held assignments; sign-ups with an accepted proposal on the year’s menu card; all in-kind hours (held sessions and confirmed supervision). Per item: done, committed, share and status — `met`, `on_track`, or `behind` when the share trails the elapsed share of the year by more than 10 points.';

/** A company's agreements per school year (issue 17): the bureau makes them, a company reads its own. */
const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['agreements'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  app.get(
    '/companies/:id/agreements',
    {
      onRequest,
      schema: {
        summary: 'Agreements of a company',
        tags,
        security,
        description: `Every school year’s agreement of the company, newest first, each with its items and live fulfilment. The bureau for any company of its region; a company for itself only (another’s: 404). ${fulfilment}`,
        params: idParamsSchema,
        response: { 200: agreementListSchema, ...authProblems },
      },
    },
    async (request) => agreementsOfCompany(app.db, actorOf(request), request.params.id, new Date()),
  );

  app.put(
    '/companies/:id/agreements/:schoolYear',
    {
      onRequest,
      schema: {
        summary: 'Set a company’s agreement for a school year',
        tags,
        security,
        description:
          'Creates the agreement or replaces its items and notes, in one transaction, audited. The same body again changes nothing. Each measure at most once, quantity 1–100000. Bureau only.',
        params: companyYearParamsSchema,
        body: putAgreementSchema,
        response: { 200: agreementSchema, ...authProblems },
      },
    },
    async (request) =>
      putAgreement(
        app.db,
        actorOf(request),
        request.params.id,
        request.params.schoolYear,
        request.body,
        new Date(),
      ),
  );

  app.delete(
    '/companies/:id/agreements/:schoolYear',
    {
      onRequest,
      schema: {
        summary: 'Remove a company’s agreement for a school year',
        tags,
        security,
        description:
          'Removes the agreement with its items, audited. None for that year: 404. Bureau only.',
        params: companyYearParamsSchema,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await removeAgreement(app.db, actorOf(request), request.params.id, request.params.schoolYear);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/agreements',
    {
      onRequest,
      schema: {
        summary: 'Every company’s agreement of a school year',
        tags,
        security,
        description: `The bureau’s overview: each company’s agreement of the school year (default: the current one) with live fulfilment. Bureau only. ${fulfilment}`,
        querystring: schoolYearQuerySchema,
        response: { 200: agreementListSchema, ...authProblems },
      },
    },
    async (request) => {
      const now = new Date();
      const schoolYear = request.query.schoolYear ?? schoolYearOf(now);
      return agreementsOfYear(app.db, actorOf(request), schoolYear, now);
    },
  );

  app.get(
    '/agreements/shortfalls',
    {
      onRequest,
      schema: {
        summary: 'Commitments not met near the end of the year',
        tags,
        security,
        description:
          'From 1 May of the school year (default: the current one) on, every agreement item not met yet, least fulfilled first; empty before then. Bureau only.',
        querystring: schoolYearQuerySchema,
        response: { 200: shortfallListSchema, ...authProblems },
      },
    },
    async (request) => {
      const now = new Date();
      const schoolYear = request.query.schoolYear ?? schoolYearOf(now);
      return shortfallsOfYear(app.db, actorOf(request), schoolYear, now);
    },
  );
};

export default agreementRoutes;
