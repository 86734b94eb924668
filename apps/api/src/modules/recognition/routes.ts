import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementPdfBodySchema,
  awardInputSchema,
  awardParamsSchema,
  awardSchema,
  idParamsSchema,
  publicAwardListSchema,
  recognitionQuerySchema,
  recognitionSchema,
  regionSlugParamsSchema,
} from '@stagebureau/domain';
import { z } from 'zod';
import { actorOf } from '../../plugins/auth';
import { regionOfSlug } from '../catalogue/service';
import { regionForReport } from '../reports/service';
import { authProblems, problems } from '../shared';
import { renderCertificatePdf } from './certificate';
import { awardsOfRegion } from './repo';
import { awardCompany, awardForCertificate, recognitionFor, withdrawAward } from './service';

/** "Leerbedrijf van het jaar" (issue 17): the ranking, the award, its certificate and badge. */
const recognitionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['recognition'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  app.get(
    '/recognition',
    {
      onRequest,
      schema: {
        summary: 'The leerbedrijf van het jaar ranking',
        tags,
        security,
        description:
          "The region's companies that did something in the school year (default: the current one), ranked by a weighted score of the schools' ratings, reliability (sessions held of those planned), volume (sessions held plus pupils placed) and in-kind hours; the criteria and each company's shares are included, with the year's award if made. Bureau only.",
        querystring: recognitionQuerySchema,
        response: { 200: recognitionSchema, ...authProblems },
      },
    },
    async (request) =>
      recognitionFor(app.db, actorOf(request), request.query.schoolYear, new Date()),
  );

  app.put(
    '/recognition/:schoolYear/award',
    {
      onRequest,
      schema: {
        summary: 'Award the leerbedrijf van het jaar',
        tags,
        security,
        description:
          "Awards the school year's title to a company of the region, with a citation for its certificate. A year has one award: 409 `duplicate` when it was made (withdraw it first). Bureau only; audited.",
        params: awardParamsSchema,
        body: awardInputSchema,
        response: { 200: awardSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) =>
      awardCompany(app.db, actorOf(request), request.params.schoolYear, request.body),
  );

  app.delete(
    '/recognition/:schoolYear/award',
    {
      onRequest,
      schema: {
        summary: 'Withdraw the leerbedrijf van het jaar',
        tags,
        security,
        description: "Withdraws the school year's award. Bureau only; audited.",
        params: awardParamsSchema,
        response: { 204: z.null(), ...authProblems },
      },
    },
    async (request, reply) => {
      await withdrawAward(app.db, actorOf(request), request.params.schoolYear);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/recognition/awards/:id/certificate.pdf',
    {
      onRequest,
      schema: {
        summary: 'Certificate of an award (PDF)',
        tags,
        security,
        description:
          "The award's certificate as a one-page PDF: for the bureau, and for the awarded company itself (404 for anyone else).",
        params: idParamsSchema,
        response: { 200: agreementPdfBodySchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const award = await awardForCertificate(app.db, actor, request.params.id);
      const region = await regionForReport(app.db, actor.regionId);
      const bytes = await renderCertificatePdf(award, region.name);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="leerbedrijf-van-het-jaar-${award.schoolYear}.pdf"`,
        )
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(bytes) as unknown as string);
    },
  );

  app.get(
    '/public/regions/:slug/awards',
    {
      schema: {
        summary: "A region's leerbedrijven van het jaar",
        tags,
        description:
          'Every award the region made, newest school year first: the public catalogue shows the badge.',
        params: regionSlugParamsSchema,
        response: { 200: publicAwardListSchema, ...problems(404, 422, 429) },
      },
    },
    async (request) => {
      const regionId = await regionOfSlug(app.db, request.params.slug);
      const awards = await awardsOfRegion(app.db, regionId);
      return {
        items: awards.map(({ id, companyId, companyName, schoolYear }) => ({
          id,
          companyId,
          companyName,
          schoolYear,
        })),
      };
    },
  );
};

export default recognitionRoutes;
