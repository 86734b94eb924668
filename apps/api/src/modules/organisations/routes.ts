import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DomainError,
  createLocationSchema,
  createOrganisationSchema,
  idParamsSchema,
  isBureau,
  locationListSchema,
  locationSchema,
  organisationListQuerySchema,
  organisationListSchema,
  organisationSchema,
  organisationStatusChangeSchema,
  updateOrganisationSchema,
} from '@stagebureau/domain';
import { actorOf, authorise } from '../../plugins/auth';
import { pendingRegistrationOf } from '../registrations/service';
import { authProblems, problems } from '../shared';
import { listLocations, listOrganisations, toLocation, toOrganisation } from './repo';
import {
  addLocation,
  createOrganisation,
  editOrganisation,
  organisationFor,
  setOrganisationStatus,
} from './service';

const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organisations'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  app.post(
    '/organisations',
    {
      onRequest,
      schema: {
        summary: 'Register an organisation',
        tags,
        security,
        description:
          'Register a company (KvK number, 8 digits) or school (BRIN code, e.g. 02QZ) in the region. It starts pending until the bureau approves it.',
        body: createOrganisationSchema,
        response: { 201: organisationSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authorise(actor, 'organisation.create', { regionId: actor.regionId });
      return reply.code(201).send(await createOrganisation(app.db, actor, request.body));
    },
  );

  app.get(
    '/organisations',
    {
      onRequest,
      schema: {
        summary: 'List organisations',
        tags,
        security,
        description:
          "The region's organisations, filtered by kind, status and a name/city search. Bureau users see every status; others see active organisations and their own.",
        querystring: organisationListQuerySchema,
        response: { 200: organisationListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      authorise(actor, 'organisation.list', { regionId: actor.regionId });
      const rows = await listOrganisations(app.db, actor.regionId, {
        ...request.query,
        visibleTo: isBureau(actor.role) ? undefined : { organisationId: actor.organisationId },
      });
      return { items: rows.map(toOrganisation) };
    },
  );

  app.get(
    '/organisations/:id',
    {
      onRequest,
      schema: {
        summary: 'Get an organisation',
        tags,
        security,
        description: 'One organisation of the region.',
        params: idParamsSchema,
        response: { 200: organisationSchema, ...authProblems },
      },
    },
    async (request) =>
      toOrganisation(
        await organisationFor(app.db, actorOf(request), request.params.id, 'organisation.read'),
      ),
  );

  app.patch(
    '/organisations/:id',
    {
      onRequest,
      schema: {
        summary: 'Edit an organisation',
        tags,
        security,
        description:
          "Edit an organisation's details: the bureau, or the organisation's own company admin or school coordinator.",
        params: idParamsSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema, ...authProblems },
      },
    },
    async (request) => editOrganisation(app.db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/organisations/:id/status',
    {
      onRequest,
      schema: {
        summary: 'Approve, suspend or reactivate an organisation',
        tags,
        security,
        description:
          "Bureau approval flow: pending → active, active → suspended, suspended → active. Suspension locks the organisation's users out at once. A company that registered itself and waits is decided on its registration (approve/reject), not here: 409 `invalid_transition`.",
        params: idParamsSchema,
        body: organisationStatusChangeSchema,
        response: { 200: organisationSchema, ...authProblems, ...problems(409) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // A company that registered itself is approved or rejected on its registration, which
      // also invites its contact person or tells them why; a bare status change would not.
      const registration = await pendingRegistrationOf(app.db, actor.regionId, request.params.id);
      if (registration)
        throw new DomainError(
          'invalid_transition',
          `this company registered itself: decide its registration ${registration.id} instead`,
        );
      return setOrganisationStatus(
        app.db,
        actor,
        request.params.id,
        request.body.status,
        request.body.reason,
      );
    },
  );

  app.get(
    '/organisations/:id/locations',
    {
      onRequest,
      schema: {
        summary: "List a school's locations",
        tags,
        security,
        description: "A school's locations (vestigingen).",
        params: idParamsSchema,
        response: { 200: locationListSchema, ...authProblems },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const school = await organisationFor(app.db, actor, request.params.id, 'organisation.read', {
        kind: 'school',
      });
      const rows = await listLocations(app.db, actor.regionId, school.id);
      return { items: rows.map(toLocation) };
    },
  );

  app.post(
    '/organisations/:id/locations',
    {
      onRequest,
      schema: {
        summary: 'Add a location to a school',
        tags,
        security,
        description:
          'Add a location to a school: name, Dutch postcode (1234 AB), city, optional coordinates.',
        params: idParamsSchema,
        body: createLocationSchema,
        response: { 201: locationSchema, ...authProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addLocation(app.db, actorOf(request), request.params.id, request.body)),
  );
};

export default organisationRoutes;
