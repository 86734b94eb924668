import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  absenceSchema,
  attendanceWeekListSchema,
  attendanceWeekSchema,
  confirmAttendanceSchema,
  idParamsSchema,
  placementAttendanceSchema,
  placementTokenParamsSchema,
  publicAttendanceSchema,
} from '@stagebureau/domain';
import { actorOf } from '../../../plugins/auth';
import { authProblems, problems } from '../../shared';
import {
  confirmAttendance,
  confirmAttendanceByToken,
  listAttendance,
  readAttendanceByToken,
  reportAbsence,
} from './service';

/** Attendance and hours of placements (issue 16): the supervisor's link, the host, the school. */
const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['attendance'];
  const security = [{ bearer: [] }];
  const auth = { onRequest: app.authenticate };
  const writeProblems = { ...authProblems, ...problems(409) };
  const linkProblems = problems(410, 422, 429);

  app.get(
    '/public/attendance/:token',
    {
      schema: {
        summary: 'Open an attendance week to confirm',
        tags,
        description:
          "The supervisor's week to confirm, by the one-time link from the e-mail (no login): the place, the pupil's first name and surname initial, the week's working days with the one-click proposal (every day not reported absent). 410 signing_link_invalid for an unknown, used or dead link.",
        params: placementTokenParamsSchema,
        response: { 200: publicAttendanceSchema, ...linkProblems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return readAttendanceByToken(app.db, request.params.token);
    },
  );

  app.post(
    '/public/attendance/:token',
    {
      schema: {
        summary: 'Confirm an attendance week by link',
        tags,
        description:
          'Confirms the week by its link, once: `presentDays` (default: every working day not reported absent), hours = days × the working day. A second use answers 410 signing_link_invalid; a day outside the placement in that week or in the future 422 outside_placement, nothing written.',
        params: placementTokenParamsSchema,
        body: confirmAttendanceSchema,
        response: { 200: attendanceWeekSchema, ...linkProblems },
      },
    },
    async (request) =>
      confirmAttendanceByToken(app.db, request.params.token, request.body, new Date()),
  );

  app.get(
    '/placements/:id/attendance',
    {
      ...auth,
      schema: {
        summary: "List a placement's attendance weeks",
        tags,
        security,
        description:
          "A placement's weeks (days present and absent, hours, reminders) for its school and its host company; 404 for anyone else.",
        params: idParamsSchema,
        response: { 200: attendanceWeekListSchema, ...authProblems },
      },
    },
    async (request) => listAttendance(app.db, actorOf(request), request.params.id),
  );

  app.post(
    '/placements/:id/attendance',
    {
      ...auth,
      schema: {
        summary: 'Confirm an attendance week',
        tags,
        security,
        description:
          'The host company confirms (or corrects) a week itself: `weekOf` (its Monday) and the days present. 422 outside_placement for a day outside the placement in that week or in the future; 409 signatures_missing before the agreement is signed.',
        params: idParamsSchema,
        body: placementAttendanceSchema,
        response: { 200: attendanceWeekSchema, ...writeProblems },
      },
    },
    async (request) =>
      confirmAttendance(app.db, actorOf(request), request.params.id, request.body, new Date()),
  );

  app.post(
    '/placements/:id/absences',
    {
      ...auth,
      schema: {
        summary: 'Report a day absent',
        tags,
        security,
        description:
          'The host company reports one day absent (no note about the pupil); the school is notified at once. 422 outside_placement for a day that is not a working day of the placement, nothing written.',
        params: idParamsSchema,
        body: absenceSchema,
        response: { 201: attendanceWeekSchema, ...writeProblems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await reportAbsence(
            app.db,
            actorOf(request),
            request.params.id,
            request.body,
            new Date(),
          ),
        ),
  );
};

export default attendanceRoutes;
