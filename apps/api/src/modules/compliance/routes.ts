import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  complianceDocumentListSchema,
  complianceDocumentSchema,
  complianceListQuerySchema,
  complianceOverviewSchema,
  downloadLinkSchema,
  idParamsSchema,
  reviewComplianceDocumentSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { readUploadedFile, uploadParsing } from '../storage';
import { authProblems, problems } from '../shared';
import { reviewComplianceDocument } from './review';
import {
  documentToDownload,
  listCompanyDocuments,
  listRegionDocuments,
  offerCompliance,
} from './service';
import { submissionTarget, submitDocument } from './submit';

/** Compliance documents per company and what an offer's company has of them (issue 18). */
const complianceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['compliance'];
  const security = [{ bearer: [] }];
  const auth = { onRequest: app.authenticate };

  // Multipart is parsed only in this scope: every other route keeps answering it with 415.
  const uploadRoutes: FastifyPluginAsyncZod = async (uploads) => {
    await uploads.register(uploadParsing);
    uploads.post(
      '/organisations/:id/compliance-documents',
      {
        ...auth,
        schema: {
          summary: 'Submit a compliance document',
          tags,
          security,
          description:
            "A company submits one compliance document (its admins and members, or the bureau on its behalf) as multipart/form-data: `file` (PDF, image, office document or text, checked by content, at most the region's `uploadMaxMb`) and the fields `kind` (a built-in kind or one of the region's `complianceDocumentTypes`), `validFrom`, `validUntil` (YYYY-MM-DD) and, for a VOG, `subjectName`. 201 with the document, `submitted` until the bureau reviews it. 413 file_too_large, 415 file_type_not_allowed, 422 for a content that does not match, an invalid field or an unknown kind: a refusal stores nothing.",
          params: idParamsSchema,
          response: {
            201: complianceDocumentSchema,
            ...authProblems,
            ...problems(413, 415),
          },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const target = await submissionTarget(app.db, actor, request.params.id);
        const file = await readUploadedFile(request, target.maxBytes);
        const document = await submitDocument(app.db, app.objectStore, actor, target, file);
        return reply.code(201).send(document);
      },
    );
  };
  await app.register(uploadRoutes);

  app.get(
    '/organisations/:id/compliance-documents',
    {
      ...auth,
      schema: {
        summary: "List a company's compliance documents",
        tags,
        security,
        description:
          "A company's compliance documents, newest first: every paper and its history for the company and the bureau; only the approved ones for a school, and only when the region's `complianceDocumentsVisibleToSchools` allows it (otherwise 404, like any company-private row).",
        params: idParamsSchema,
        response: { 200: complianceDocumentListSchema, ...authProblems },
      },
    },
    async (request) => listCompanyDocuments(app.db, actorOf(request), request.params.id),
  );

  app.get(
    '/compliance-documents',
    {
      ...auth,
      schema: {
        summary: 'Compliance review queue',
        tags,
        security,
        description:
          "The bureau's review queue: the region's compliance documents with their company's name, oldest first (at most 500), e.g. `?status=submitted`.",
        querystring: complianceListQuerySchema,
        response: { 200: complianceDocumentListSchema, ...authProblems },
      },
    },
    async (request) => listRegionDocuments(app.db, actorOf(request), request.query),
  );

  app.post(
    '/compliance-documents/:id/review',
    {
      ...auth,
      schema: {
        summary: 'Approve or reject a compliance document',
        tags,
        security,
        description:
          "The bureau approves a submitted document or rejects it with a reason. Approving supersedes the company's older approved documents of the same kind (and supervisor). 409 invalid_transition for a document that is not `submitted`; 422 for approving a paper whose validity already ended.",
        params: idParamsSchema,
        body: reviewComplianceDocumentSchema,
        response: { 200: complianceDocumentSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) =>
      reviewComplianceDocument(
        app.db,
        actorOf(request),
        request.params.id,
        request.body,
        new Date(),
      ),
  );

  app.post(
    '/compliance-documents/:id/download-link',
    {
      ...auth,
      schema: {
        summary: 'Link to download a compliance document',
        tags,
        security,
        description:
          'A short-lived signed link to download the document, for whoever may read it (the company, the bureau; a school only an approved paper where the region allows it). Each link handed out is audited.',
        params: idParamsSchema,
        response: { 200: downloadLinkSchema, ...authProblems },
      },
    },
    async (request) =>
      app.fileLinks.downloadLink(
        await documentToDownload(app.db, actorOf(request), request.params.id),
      ),
  );

  app.get(
    '/offers/:id/compliance',
    {
      ...auth,
      schema: {
        summary: "Compliance status of an offer's company",
        tags,
        security,
        description:
          "The compliance status of an offer's company for the offer's type, for anyone who can see the offer: per document the region requires, `valid`, `expiring` (within 30 days) or `missing` — never the documents themselves.",
        params: idParamsSchema,
        response: { 200: complianceOverviewSchema, ...authProblems },
      },
    },
    async (request) => offerCompliance(app.db, actorOf(request), request.params.id, new Date()),
  );
};

export default complianceRoutes;
