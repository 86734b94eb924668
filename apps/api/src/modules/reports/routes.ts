import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  coFinancingReportSchema,
  coverageReportSchema,
  engagementReportSchema,
  fairnessReportSchema,
  reportQuerySchema,
  type CoFinancingReport,
  type ReportQuery,
} from '@stagebureau/domain';
import { actorOf } from '../../plugins/auth';
import { authProblems } from '../shared';
import { authoriseReport, coFinancingCompanyFor } from './access';
import { formatOf } from './format';
import { sendTable } from '../exports/service';
import { coFinancingTable, coverageTable, engagementTable, fairnessTable } from './csvViews';
import { coFinancingFor, coverageFor, engagementFor, fairnessFor } from './service';
import placementReportRoutes from './placementRoutes';
import statementRoutes from './statementRoutes';
import companyActivityRoutes from './companyActivityRoutes';

const filtersOf = ({ format: _format, ...filters }: ReportQuery) => filters;

export const coFinancingJson = (report: CoFinancingReport) => ({
  ...report,
  rows: report.rows.map((row) => ({
    ...row,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
  })),
});

const csvNote =
  ' Answers CSV with `?format=csv` (or `Accept: text/csv`) and an Excel workbook with `?format=xlsx`.';

const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['reports'];
  const security = [{ bearer: [] }];
  const onRequest = app.authenticate;
  const querystring = reportQuerySchema;

  app.get(
    '/reports/co-financing',
    {
      onRequest,
      schema: {
        summary: 'In-kind co-financing report',
        tags,
        security,
        description:
          'In-kind co-financing: per activity that took place (a session with a completed booking), hours × the hourly rate of its offer type, in integer cents; totals per company, offer type, school year and calendar year, against the region target. Bureau: all companies (or `companyId`); a company: its own only.' +
          csvNote,
        querystring,
        response: { 200: coFinancingReportSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const company = await coFinancingCompanyFor(app.db, actor, request.query.companyId);
      const filters = { ...filtersOf(request.query), companyId: company?.id };
      const report = await coFinancingFor(app.db, actor.regionId, filters);
      const format = formatOf(request, request.query);
      if (format) return sendTable(reply, coFinancingTable(report), format, 'cofinanciering');
      return coFinancingJson(report);
    },
  );

  app.get(
    '/reports/coverage',
    {
      onRequest,
      schema: {
        summary: 'Coverage report',
        tags,
        security,
        description:
          'Coverage: activities (confirmed or completed bookings) and seats per school, education level, vmbo profile, sector tag, offer type and month. Defaults to the current school year; schools and levels without activity are flagged. Bureau only.' +
          csvNote,
        querystring,
        response: { 200: coverageReportSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authoriseReport(actor);
      const report = await coverageFor(
        app.db,
        actor.regionId,
        filtersOf(request.query),
        new Date(),
      );
      const format = formatOf(request, request.query);
      return format ? sendTable(reply, coverageTable(report), format, 'dekking') : report;
    },
  );

  app.get(
    '/reports/fairness',
    {
      onRequest,
      schema: {
        summary: 'Fairness report',
        tags,
        security,
        description:
          "Fairness in a school year (default: current): each school's share of seats against its share of students (active class sizes), first-preference rate in published allocation rounds, waitlist outcomes, and the Gini of seats per student, also per year. Bureau only." +
          csvNote,
        querystring,
        response: { 200: fairnessReportSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authoriseReport(actor);
      const report = await fairnessFor(
        app.db,
        actor.regionId,
        filtersOf(request.query),
        new Date(),
      );
      const format = formatOf(request, request.query);
      return format ? sendTable(reply, fairnessTable(report), format, 'eerlijkheid') : report;
    },
  );

  app.get(
    '/reports/engagement',
    {
      onRequest,
      schema: {
        summary: 'Company engagement report',
        tags,
        security,
        description:
          'Company engagement in a school year (default: current): active, new and returning companies, repeat rate (share of last year’s active companies active again), cancellations and no-shows per company, average school rating, and the best internship companies by rating. Bureau only.' +
          csvNote,
        querystring,
        response: { 200: engagementReportSchema, ...authProblems },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      authoriseReport(actor);
      const report = await engagementFor(
        app.db,
        actor.regionId,
        filtersOf(request.query),
        new Date(),
      );
      const format = formatOf(request, request.query);
      return format ? sendTable(reply, engagementTable(report), format, 'betrokkenheid') : report;
    },
  );

  await app.register(statementRoutes);
  await app.register(placementReportRoutes);
  await app.register(companyActivityRoutes);
};

export default reportRoutes;
