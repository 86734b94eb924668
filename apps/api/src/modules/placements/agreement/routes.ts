import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agreementPdfBodySchema,
  idParamsSchema,
  renewedSigningLinkSchema,
  signAgreementSchema,
  signedAgreementSchema,
  signingLinkParamsSchema,
  signingTokenParamsSchema,
  signingViewSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../../plugins/auth';
import { schedulePeriodicJob } from '../../../plugins/periodicJob';
import { authProblems, problems } from '../../shared';
import { agreementPdf } from './document';
import { rotateSigningLink } from './links';
import { readSigningLink, signByLink } from './sign';
import { runUnsignedSweep } from './sweep';

/** Days, not minutes, matter here: hourly is soon enough. */
const sweepIntervalMs = 60 * 60_000;

/**
 * Signing the internship agreement (issue 16): the public signing page's API (by token, no
 * login), the school's "send the link again", the agreement as a PDF, and the hourly sweep
 * that puts unsigned placements starting within 7 days in the bureau's queue.
 */
const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['placements'];
  const security = [{ bearer: [] }];
  const publicProblems = problems(410, 422, 429);
  // Under test the sweep is called directly with a chosen `now`.
  schedulePeriodicJob(app, {
    name: 'unsigned placements',
    intervalMs:
      app.config.PLACEMENT_SWEEP_INTERVAL_MS ??
      (app.config.NODE_ENV === 'test' ? 0 : sweepIntervalMs),
    run: async (now) => {
      const result = await runUnsignedSweep(app.db, now);
      return { worthLogging: result.raised > 0, result };
    },
  });

  app.get(
    '/public/signing/:token',
    {
      schema: {
        summary: 'Open a signing link',
        tags,
        description:
          'A signing link (public, no login): the agreement text, the party the link is for, which parties have signed and until when the link works. 410 signing_link_invalid for an unknown, expired or used link.',
        params: signingTokenParamsSchema,
        response: { 200: signingViewSchema, ...publicProblems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readSigningLink(app.db, request.params.token, new Date());
    },
  );

  app.post(
    '/public/signing/:token',
    {
      schema: {
        summary: 'Sign an agreement',
        tags,
        description:
          'Signs the agreement through the link: typed name and `consent: true`. The link then no longer works (410 signing_link_invalid); the last signature makes the placement `signed`.',
        params: signingTokenParamsSchema,
        body: signAgreementSchema,
        response: { 200: signedAgreementSchema, ...publicProblems },
      },
    },
    async (request) => signByLink(app.db, request.params.token, request.body, new Date()),
  );

  app.post(
    '/placements/:id/signing-links/:party',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Resend a signing link',
        tags,
        security,
        description:
          "The school sends a party's signing link again: a new link (the old one stops working) with a new expiry, mailed to the party (the pupil's to the school). For the school's own parties (school, pupil) the answer also holds the link, to open or hand over at once. 409 when the placement does not await signatures or the party signed.",
        params: signingLinkParamsSchema,
        response: { 200: renewedSigningLinkSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) => {
      const { id, party } = request.params;
      return rotateSigningLink(app.db, actorOf(request), id, party, new Date(), app.config.WEB_URL);
    },
  );

  app.get(
    '/placements/:id/agreement.pdf',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Download the agreement as PDF',
        tags,
        security,
        description:
          'The internship agreement as a PDF, with the signatures so far and the SHA-256 of its text: for the school and the host company only (404 for anyone else).',
        params: idParamsSchema,
        response: { 200: agreementPdfBodySchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const { bytes, filename } = await agreementPdf(app.db, actorOf(request), request.params.id);
      return (
        reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .header('cache-control', 'private, no-store')
          // Bytes are sent as they are (Fastify never serialises a Buffer); the schema types a body.
          .send(Buffer.from(bytes) as unknown as string)
      );
    },
  );
};

export default agreementRoutes;
