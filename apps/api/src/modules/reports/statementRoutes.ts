import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  companyStatementQuerySchema,
  htmlBodySchema,
  idParamsSchema,
  renderCoFinancingStatement,
  schoolYearOf,
  statementQuerySchema,
  type Actor,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { coFinancingCompanyFor } from './access';
import { regionForReport } from './activityRepo';
import { coFinancingFor } from './service';

/** The printable statement a company gets for a school year (default: current) or calendar year. */
const statementRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['reports'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;

  async function statementHtml(
    actor: Actor,
    companyId: string,
    period: { schoolYear?: string; calendarYear?: number },
  ) {
    const company = (await coFinancingCompanyFor(app.db, actor, companyId))!;
    const schoolYear =
      period.schoolYear ?? (period.calendarYear ? undefined : schoolYearOf(new Date()));
    const filters = { schoolYear, calendarYear: period.calendarYear, companyId: company.id };
    const [region, report] = await Promise.all([
      regionForReport(app.db, actor.regionId),
      coFinancingFor(app.db, actor.regionId, filters),
    ]);
    const labels = [
      ...(schoolYear ? [`schooljaar ${schoolYear}`] : []),
      ...(period.calendarYear ? [`kalenderjaar ${period.calendarYear}`] : []),
    ];
    return renderCoFinancingStatement({
      regionName: region.name,
      companyName: company.name,
      periodLabel: labels.join(', '),
      rows: report.rows,
      total: report.total,
      issuedAt: new Date(),
    });
  }

  const description =
    'Printable co-financing statement (HTML, Dutch, print CSS) for one company: its activities and in-kind value in a school year (default: the current one) or a calendar year. The bureau for any company of its region; a company for itself only.';

  app.get(
    '/reports/co-financing/statement',
    {
      onRequest,
      schema: {
        summary: 'Co-financing statement (company in the query)',
        tags,
        security,
        description,
        querystring: statementQuerySchema,
        response: { 200: htmlBodySchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const { companyId, ...period } = request.query;
      const html = await statementHtml(actorOf(request), companyId, period);
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );

  app.get(
    '/companies/:id/co-financing-statement',
    {
      onRequest,
      schema: {
        summary: 'Co-financing statement of a company',
        tags,
        security,
        description,
        params: idParamsSchema,
        querystring: companyStatementQuerySchema,
        response: { 200: htmlBodySchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const html = await statementHtml(actorOf(request), request.params.id, request.query);
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
};

export default statementRoutes;
