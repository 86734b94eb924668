import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptInvitationSchema,
  acceptedInvitationSchema,
  createInvitationSchema,
  createdInvitationSchema,
  invitationListSchema,
  invitationTokenParamsSchema,
  invitationValidityDays,
  isBureau,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { listInvitations, toInvitation } from './repo';
import { acceptInvitation, createInvitation } from './service';

const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['invitations'];
  const security = [{ bearer: [] }];

  app.post(
    '/invitations',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'Invite a user',
        tags,
        security,
        description:
          'Invite someone into the region: bureau roles without organisation, company roles into a company, school roles into a school. A company admin or school coordinator invites colleagues into their own organisation only, in its roles. The token and accept URL are shown only in this answer.',
        body: createInvitationSchema,
        response: { 201: createdInvitationSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => {
      const invitation = await createInvitation(
        app.db,
        actorOf(request),
        request.body,
        new Date(),
        app.config.WEB_URL,
      );
      return reply.code(201).send(invitation);
    },
  );

  app.get(
    '/invitations',
    {
      onRequest: app.authenticate,
      schema: {
        summary: 'List invitations',
        tags,
        security,
        description:
          "The region's invitations, newest first (without tokens); an organisation's admin sees their own organisation's.",
        response: { 200: invitationListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // The bureau sees the region's; an organisation's admin only their own organisation's.
      const own = isBureau(actor.role) ? undefined : (actor.organisationId ?? undefined);
      authorise(actor, 'invitation.list', { regionId: actor.regionId, organisationId: own });
      const rows = await listInvitations(app.db, actor.regionId, own);
      return { items: rows.map(toInvitation) };
    },
  );

  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        summary: 'Accept an invitation',
        tags,
        description: `Accept an invitation (public): sets name, password (12+ characters) and language and creates the account. Works once, within ${invitationValidityDays} days.`,
        params: invitationTokenParamsSchema,
        body: acceptInvitationSchema,
        response: { 201: acceptedInvitationSchema, ...problems(409, 410, 422, 429) },
      },
    },
    async (request, reply) => {
      const accepted = await acceptInvitation(
        app.db,
        request.params.token,
        request.body,
        new Date(),
      );
      return reply.code(201).send(accepted);
    },
  );
};

export default invitationRoutes;
