import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DomainError,
  companyActivityListSchema,
  idParamsSchema,
  relationshipHealth,
  type Actor,
  type CompanyActivityList,
} from '@stagebureau/domain';
import type { Database } from '@stagebureau/db';
import { actorOf } from '../../plugins/auth';
import { readRelationship } from '../relations/relationship';
import { authProblems } from '../shared';
import { authoriseReport } from './access';
import { companyInRegion } from './activityRepo';
import { companyActivities } from './companyActivityRepo';

/** The newest activities the list shows; the health counts them all. */
const shown = 300;

/**
 * A company's activity across the years and its relationship's health (issue 17): the bureau
 * reads it on the company's relationship page. Schools do not: it names other schools.
 */
async function companyActivityFor(
  db: Database,
  actor: Actor,
  companyId: string,
  now: Date,
): Promise<CompanyActivityList> {
  authoriseReport(actor);
  const company = await companyInRegion(db, actor.regionId, companyId);
  if (!company) throw new DomainError('not_found');
  const [activities, relationship] = await Promise.all([
    companyActivities(db, actor.regionId, company.id),
    readRelationship(db, actor, company.id, now),
  ]);
  const followUps = relationship.openFollowUps;
  const health = relationshipHealth(
    activities,
    now,
    {
      open: followUps.length,
      overdue: followUps.filter((followUp) => followUp.status === 'overdue').length,
    },
    relationship.ambassador !== null,
  );
  return {
    items: activities.slice(0, shown).map((activity) => ({
      ...activity,
      at: activity.at.toISOString(),
    })),
    health: { ...health, lastActivityAt: health.lastActivityAt?.toISOString() ?? null },
  };
}

const companyActivityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/companies/:id/activity',
    {
      onRequest: app.authenticate,
      schema: {
        summary: "A company's activity and relationship health",
        tags: ['reports'],
        security: [{ bearer: [] }],
        description:
          "Everything the company did across the years, newest first (the latest 300): sessions held (with in-kind hours) and cancelled, schools' no-shows and ratings, sign-ups to requests and placements (no pupil names). With the relationship's health: last contribution, dormant after a year without one, contributions over three school years, open and overdue follow-ups, ambassador. Bureau only.",
        params: idParamsSchema,
        response: { 200: companyActivityListSchema, ...authProblems },
      },
    },
    async (request) => companyActivityFor(app.db, actorOf(request), request.params.id, new Date()),
  );
};

export default companyActivityRoutes;
