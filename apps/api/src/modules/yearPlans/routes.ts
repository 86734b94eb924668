import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  icalendarBodySchema,
  idParamsSchema,
  schoolYearOf,
  yearPlanQuerySchema,
  yearPlanSchema,
  type OrganisationKind,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { icalContentType, renderCalendar } from '../feeds/service';
import { authProblems } from '../shared';
import { yearPlan, yearPlanCalendar } from './service';

/** Path segment → organisation kind: `/year-plans/companies/:id`, `/year-plans/schools/:id`. */
const kinds = { companies: 'company', schools: 'school' } as const satisfies Record<
  string,
  OrganisationKind
>;

const whatIsIn: Record<OrganisationKind, string> = {
  company:
    "A company's year plan (jaarplanning): its scheduled sessions of the school year with the classes booked (requested, confirmed, completed), and its placements (proposed, accepted, signed, completed; one item each, no names); hours are the offer's in-kind hours per session, and a placement's working days × hours per day.",
  school:
    "A school's year plan (jaarplanning): its classes' requested, confirmed and completed bookings of the school year, and its placements (proposed, accepted, signed, completed; one item each with the class or `teacher`, no names); hours are the session's length, and a placement's working days × hours per day.",
};
const access =
  ' By month in Europe/Amsterdam; the school year defaults to the current one. A company or school reads its own, the bureau any in its region; others get 404.';

/** Year plans (jaarplanning) of companies and schools: JSON for the web, .ics for calendars. */
const yearPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['year-plans'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  for (const [segment, kind] of Object.entries(kinds)) {
    app.get(
      `/year-plans/${segment}/:id`,
      {
        onRequest,
        schema: {
          summary: `Year plan of a ${kind}`,
          tags,
          security,
          description: whatIsIn[kind] + access,
          params: idParamsSchema,
          querystring: yearPlanQuerySchema,
          response: { 200: yearPlanSchema, ...authProblems },
        },
      },
      async (request) => {
        const schoolYear = request.query.schoolYear ?? schoolYearOf(new Date());
        return yearPlan(app.db, actorOf(request), kind, request.params.id, schoolYear);
      },
    );

    // `:id.ics` is a static suffix in find-my-way, so it lives beside `:id`.
    app.get(
      `/year-plans/${segment}/:id.ics`,
      {
        onRequest,
        schema: {
          summary: `Year plan of a ${kind} as an .ics file`,
          tags,
          security,
          description: `${whatIsIn[kind]} As an .ics download: one event per plan item.${access}`,
          params: idParamsSchema,
          querystring: yearPlanQuerySchema,
          response: { 200: icalendarBodySchema, ...authProblems },
        },
      },
      async (request, reply) => {
        const schoolYear = request.query.schoolYear ?? schoolYearOf(new Date());
        const calendar = await yearPlanCalendar(
          app.db,
          actorOf(request),
          kind,
          request.params.id,
          schoolYear,
          app.config.WEB_URL,
        );
        return reply
          .type(icalContentType)
          .header('content-disposition', `attachment; filename="jaarplanning-${schoolYear}.ics"`)
          .header('cache-control', 'private, no-store')
          .send(renderCalendar(calendar));
      },
    );
  }
};

export default yearPlanRoutes;
