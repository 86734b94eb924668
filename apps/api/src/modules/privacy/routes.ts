import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  erasePersonalDataSchema,
  erasureResultSchema,
  idParamsSchema,
  personalDataExportSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { erasePersonalData, exportPersonalData } from './service';

/** AVG/GDPR requests for one organisation, handled by the bureau. */
const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['privacy'];
  const security = [{ bearer: [] }];

  app.get(
    '/organisations/:id/personal-data',
    {
      onRequest: app.authenticate,
      schema: {
        summary: "Export an organisation's personal data",
        tags,
        security,
        description:
          "Export an organisation's personal data (AVG/GDPR access request): its users, invitations, offer contacts and the names of accompanying teachers. Bureau only.",
        params: idParamsSchema,
        response: { 200: personalDataExportSchema, ...authProblems },
      },
    },
    async (request) => exportPersonalData(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/organisations/:id/erase-personal-data',
    {
      onRequest: app.authenticate,
      schema: {
        summary: "Erase an organisation's personal data",
        tags,
        security,
        description:
          "Erase an organisation's personal data (AVG/GDPR): users anonymised and disabled, their refresh tokens and feeds revoked, contacts on the organisation and its offers cleared, invitations voided. Activity stays for reports; one audit row records the erasure. Bureau admin only.",
        params: idParamsSchema,
        body: erasePersonalDataSchema,
        response: { 200: erasureResultSchema, ...authProblems },
      },
    },
    async (request) => erasePersonalData(app.db, actorOf(request), request.params.id, request.body),
  );
};

export default privacyRoutes;
