import {
  coFinancingReportSchema,
  coverageReportSchema,
  engagementReportSchema,
  fairnessReportSchema,
  organisationListSchema,
} from '@stagebureau/domain';
import { reportFilters, validFilters } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const asked = reportFilters(url);
  const { filters: query, valid } = validFilters(asked);
  const [coFinancing, coverage, fairness, engagement, companies] = await Promise.all([
    locals.api.get('/reports/co-financing', coFinancingReportSchema, { query }),
    locals.api.get('/reports/coverage', coverageReportSchema, { query }),
    locals.api.get('/reports/fairness', fairnessReportSchema, { query }),
    locals.api.get('/reports/engagement', engagementReportSchema, { query }),
    locals.api.get('/organisations', organisationListSchema, { query: { kind: 'company' } }),
  ]);
  return {
    filters: asked,
    validFilters: valid,
    query: new URLSearchParams(query).toString(),
    coFinancing,
    coverage,
    fairness,
    engagement,
    companies: companies.items.map((company) => ({ id: company.id, name: company.name })),
  };
};
