import {
  coFinancingReportSchema,
  coverageReportSchema,
  engagementReportSchema,
  fairnessReportSchema,
  internshipPlacesReportSchema,
  organisationListSchema,
  placementCoverageReportSchema,
} from '@stagebureau/domain';
import { filtersFor, reportFilters, validFilters } from '$lib/server/reports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const asked = reportFilters(url);
  const { filters: query, valid } = validFilters(asked);
  // The placement reports take the school year only (default: the current one).
  const placementQuery = filtersFor('stagedekking', query);
  const [
    coFinancing,
    coverage,
    fairness,
    engagement,
    placementCoverage,
    internshipPlaces,
    companies,
  ] = await Promise.all([
    locals.api.get('/reports/co-financing', coFinancingReportSchema, { query }),
    locals.api.get('/reports/coverage', coverageReportSchema, { query }),
    locals.api.get('/reports/fairness', fairnessReportSchema, { query }),
    locals.api.get('/reports/engagement', engagementReportSchema, { query }),
    locals.api.get('/reports/placement-coverage', placementCoverageReportSchema, {
      query: placementQuery,
    }),
    locals.api.get('/reports/internship-places', internshipPlacesReportSchema, {
      query: placementQuery,
    }),
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
    placementCoverage,
    internshipPlaces,
    placementQuery: new URLSearchParams(placementQuery).toString(),
    companies: companies.items.map((company) => ({ id: company.id, name: company.name })),
  };
};
