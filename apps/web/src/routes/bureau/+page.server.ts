import {
  allocationRoundListSchema,
  complianceDocumentListSchema,
  conflictListSchema,
  fillReportSchema,
  organisationListSchema,
  registrationListSchema,
  schoolYearOf,
  shortfallListSchema,
} from '@stagebureau/domain';
import type { PageServerLoad } from './$types';

/** How many of each kind of work the overview lists; the full lists are one click away. */
const shown = 5;

/**
 * The bureau's work at a glance: open conflicts, organisations waiting for approval, papers
 * waiting for review, allocation rounds to run or publish, and this school year's asks that
 * are not yet filled. One read per kind of work, each already scoped to the region.
 */
export const load: PageServerLoad = async ({ locals }) => {
  const now = new Date();
  const schoolYear = schoolYearOf(now);
  const [conflicts, pending, registrations, documents, rounds, fill, shortfalls] =
    await Promise.all([
      locals.api.get('/conflicts', conflictListSchema, { query: { status: 'open', limit: shown } }),
      locals.api.get('/organisations', organisationListSchema, { query: { status: 'pending' } }),
      locals.api.get('/registrations', registrationListSchema, { query: { status: 'pending' } }),
      locals.api.get('/compliance-documents', complianceDocumentListSchema, {
        query: { status: 'submitted' },
      }),
      locals.api.get('/allocation-rounds', allocationRoundListSchema),
      locals.api.get('/requests/fill', fillReportSchema, { query: { schoolYear } }),
      locals.api.get('/agreements/shortfalls', shortfallListSchema, { query: { schoolYear } }),
    ]);
  const windowClosed = (closesAt: string) => new Date(closesAt) <= now;
  const unfilled = fill.requests
    .filter((request) => request.fill.open > 0)
    .sort((a, b) => a.signUpDeadline.localeCompare(b.signUpDeadline));
  return {
    schoolYear,
    conflicts: { open: conflicts.counts.open, items: conflicts.items },
    pending: { total: pending.items.length, items: pending.items.slice(0, shown) },
    // Self-registered companies are reviewed with their possible duplicates, on their own page.
    registered: new Set(registrations.items.map((registration) => registration.organisation.id)),
    documents: { total: documents.items.length, items: documents.items.slice(0, shown) },
    roundsToRun: rounds.items.filter(
      (round) =>
        round.status === 'closed' ||
        (round.status === 'open' && windowClosed(round.requestWindow.closesAt)),
    ),
    roundsToPublish: rounds.items.filter((round) => round.status === 'run'),
    unfilled: { total: unfilled.length, items: unfilled.slice(0, shown) },
    shortfalls: { total: shortfalls.items.length, items: shortfalls.items.slice(0, shown) },
  };
};
