import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  capExceptionRequestedSchema,
  capExceptionRequestSchema,
  conflictDetailSchema,
  conflictListQuerySchema,
  conflictListSchema,
  conflictNoteSchema,
  grantCapExceptionResultSchema,
  grantCapExceptionSchema,
  idParamsSchema,
  moveBookingResultSchema,
  moveBookingSchema,
  requestExtraSessionSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems, problems } from '../shared';
import { grantCapException, requestCapException } from './capException';
import { moveBooking } from './move';
import { closeConflict, getConflict, listConflicts, requestExtraSession } from './service';

const conflictRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['conflicts'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;
  const actionProblems = { ...authProblems, ...problems(409, 503) };

  app.get(
    '/conflicts',
    {
      onRequest,
      schema: {
        summary: 'List conflicts',
        tags,
        security,
        description:
          "The bureau's conflict queue: most severe first, then oldest. Filters: type, status, severity, sessionId, offerId, schoolId. `counts` covers the whole region (per type, per status, open per type, and the open total for the navigation badge).",
        querystring: conflictListQuerySchema,
        response: { 200: conflictListSchema, ...authProblems },
      },
    },
    async (request) => listConflicts(app.db, actorOf(request), request.query, new Date()),
  );

  app.get(
    '/conflicts/:id',
    {
      onRequest,
      schema: {
        summary: 'Get a conflict',
        tags,
        security,
        description:
          'One conflict with its bookings (school, class, offer names; where a moved booking went), the log of what the bureau did, the actions allowed for its type and the actions suggested now (move targets: same offer first, then similar offers, nearest date first). Its history is `GET /audit?entity=conflict&entityId=…`.',
        params: idParamsSchema,
        response: { 200: conflictDetailSchema, ...authProblems },
      },
    },
    async (request) => getConflict(app.db, actorOf(request), request.params.id, new Date()),
  );

  app.post(
    '/conflicts/:id/actions/move-booking',
    {
      onRequest,
      schema: {
        summary: "Move a conflict's booking",
        tags,
        security,
        description:
          "Move one of the conflict's bookings to another session, in one transaction: the old booking is cancelled (or, already cancelled, annotated) with the reason “verplaatst naar …”, a new confirmed booking is created on the target (seats, class overlap, caps and audience re-checked: 409 session_full / class_busy / school_cap_reached / audience_mismatch), freed seats go to the source's waitlist, and the audit trail links both.",
        params: idParamsSchema,
        body: moveBookingSchema,
        response: { 200: moveBookingResultSchema, ...actionProblems },
      },
    },
    async (request) =>
      moveBooking(app.db, actorOf(request), request.params.id, request.body, new Date()),
  );

  app.post(
    '/conflicts/:id/actions/grant-cap-exception',
    {
      onRequest,
      schema: {
        summary: 'Grant a cap exception',
        tags,
        security,
        description:
          "Grant a school's cap exception: the class is booked through the normal ladder with only the school caps overridden (logged with the reason and the exceeded cap), and the conflict is resolved.",
        params: idParamsSchema,
        body: grantCapExceptionSchema,
        response: { 200: grantCapExceptionResultSchema, ...actionProblems },
      },
    },
    async (request) =>
      grantCapException(
        app.db,
        actorOf(request),
        request.params.id,
        request.body.reason,
        new Date(),
      ),
  );

  app.post(
    '/conflicts/:id/actions/request-extra-session',
    {
      onRequest,
      schema: {
        summary: 'Record a request for an extra session',
        tags,
        security,
        description:
          "Record that the bureau asked the offering company for an extra session (kept in the conflict's log and the audit trail); the conflict stays open.",
        params: idParamsSchema,
        body: requestExtraSessionSchema,
        response: { 200: conflictDetailSchema, ...actionProblems },
      },
    },
    async (request) =>
      requestExtraSession(
        app.db,
        actorOf(request),
        request.params.id,
        request.body.message,
        new Date(),
      ),
  );

  for (const [path, to] of [
    ['resolve', 'resolved'],
    ['dismiss', 'dismissed'],
  ] as const) {
    app.post(
      `/conflicts/:id/${path}`,
      {
        onRequest,
        schema: {
          summary: { resolve: 'Resolve a conflict', dismiss: 'Dismiss a conflict' }[path],
          tags,
          security,
          description: `Close an open conflict as ${to}, with a note (the resolver is the caller). A closed conflict answers 409 invalid_transition.`,
          params: idParamsSchema,
          body: conflictNoteSchema,
          response: { 200: conflictDetailSchema, ...actionProblems },
        },
      },
      async (request) =>
        closeConflict(
          app.db,
          actorOf(request),
          request.params.id,
          to,
          request.body.note,
          new Date(),
        ),
    );
  }

  app.post(
    '/cap-exceptions',
    {
      onRequest,
      schema: {
        summary: 'Ask for a cap exception',
        tags,
        security,
        description:
          "A school asks the bureau to book one of its classes into a session beyond the school's cap. Raises a `cap_exception_requested` conflict; 409 when no cap is in the way (book directly) or the same request is already open.",
        body: capExceptionRequestSchema,
        response: { 201: capExceptionRequestedSchema, ...actionProblems },
      },
    },
    async (request, reply) => {
      const conflictId = await requestCapException(app.db, actorOf(request), request.body);
      return reply.code(201).send({ conflictId, status: 'open' as const });
    },
  );
};

export default conflictRoutes;
