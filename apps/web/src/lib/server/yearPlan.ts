import { error } from '@sveltejs/kit';
import {
  nextSchoolYear,
  previousSchoolYear,
  schoolYearOf,
  schoolYearSchema,
  yearPlanSchema,
  type OrganisationKind,
} from '@stagebureau/domain';
import { translator } from '$lib/i18n';
import { ApiProblem } from './api';
import { toLogin } from './guard';

/** The API's path segment per organisation kind. */
const segments: Record<OrganisationKind, string> = { company: 'companies', school: 'schools' };

/** The user's own organisation of this kind; the API checks the same again. */
function ownOrganisationId(locals: App.Locals, url: URL, kind: OrganisationKind): string {
  if (!locals.me) toLogin(locals, url);
  const organisation = locals.me.organisation;
  if (!organisation || organisation.kind !== kind)
    error(403, { message: translator(locals.language)('error.forbidden') });
  return organisation.id;
}

/** `?schooljaar=2026-2027`, or the current school year when absent or malformed. */
export function schoolYearFrom(url: URL, now: Date): string {
  const asked = schoolYearSchema.safeParse(url.searchParams.get('schooljaar'));
  return asked.success ? asked.data : schoolYearOf(now);
}

/** Two school years back, the current one and the next; plus the asked one if elsewhere. */
export function schoolYearChoices(asked: string, now: Date): string[] {
  const current = schoolYearOf(now);
  const last = previousSchoolYear(current);
  const all: string[] = [previousSchoolYear(last), last, current, nextSchoolYear(current)];
  return all.includes(asked) ? all : [...all, asked].sort();
}

export async function loadYearPlan(locals: App.Locals, url: URL, kind: OrganisationKind) {
  const id = ownOrganisationId(locals, url, kind);
  const now = new Date();
  const schoolYear = schoolYearFrom(url, now);
  const plan = await locals.api.get(`/year-plans/${segments[kind]}/${id}`, yearPlanSchema, {
    query: { schoolYear },
  });
  return {
    plan,
    schoolYears: schoolYearChoices(schoolYear, now),
    print: url.searchParams.get('print') === '1',
    generatedAt: now.toISOString(),
  };
}

/**
 * The plan as an .ics download: the API's file needs the bearer token, which only this server
 * holds (httpOnly cookie), so it is fetched here and passed through.
 */
export async function yearPlanIcs(
  locals: App.Locals,
  url: URL,
  kind: OrganisationKind,
): Promise<Response> {
  const id = ownOrganisationId(locals, url, kind);
  const schoolYear = schoolYearFrom(url, new Date());
  let answer: Response;
  try {
    answer = await locals.api.raw(
      `/year-plans/${segments[kind]}/${id}.ics?schoolYear=${schoolYear}`,
      'text/calendar',
    );
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status < 500)
      error(404, { message: translator(locals.language)('error.notFound') });
    throw problem;
  }
  return new Response(answer.body, {
    headers: {
      'content-type': answer.headers.get('content-type') ?? 'text/calendar; charset=utf-8',
      'content-disposition':
        answer.headers.get('content-disposition') ??
        `attachment; filename="jaarplanning-${schoolYear}.ics"`,
      'cache-control': 'private, no-store',
    },
  });
}
