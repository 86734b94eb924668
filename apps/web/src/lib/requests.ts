import {
  fillOf,
  schoolYearOf,
  schoolYearPattern,
  type Fill,
  type RequestView,
} from '@stagebureau/domain';

/** What a company reads of a request: the editor's preview, the lists and the public card. */
export type RequestSummary = Pick<
  RequestView,
  | 'type'
  | 'title'
  | 'description'
  | 'levels'
  | 'schoolYears'
  | 'vmboProfiles'
  | 'sectorTags'
  | 'hoursPerOccasion'
  | 'occasionsPerClass'
  | 'periodFrom'
  | 'periodUntil'
  | 'weekdays'
  | 'partOfDay'
  | 'location'
  | 'schoolProvides'
  | 'signUpDeadline'
  | 'notes'
  | 'schoolName'
  | 'classes'
  | 'pupils'
  | 'hoursAsked'
>;

/** A class the request editor offers as a checkbox; the bureau's list spans several schools. */
export interface EditorClass {
  id: string;
  name: string;
  size: number;
  schoolId: string;
  schoolName: string;
}

export type WeekdayNumber = 1 | 2 | 3 | 4 | 5;
export const requestWeekdays: readonly WeekdayNumber[] = [1, 2, 3, 4, 5];

/** The fill of each school on a menu card, from the parts of its requests (the domain's rule). */
export function fillPerSchool(
  requests: readonly Pick<RequestView, 'status' | 'parts'>[],
): { school: string; fill: Fill }[] {
  const states = new Map<string, RequestView['parts'][number]['state'][]>();
  for (const request of requests) {
    if (request.status === 'merged' || request.status === 'withdrawn') continue;
    for (const part of request.parts) {
      const school = part.schoolName ?? '—';
      states.set(school, [...(states.get(school) ?? []), part.state]);
    }
  }
  return [...states.entries()]
    .map(([school, list]) => ({ school, fill: fillOf(list) }))
    .sort((a, b) => a.school.localeCompare(b.school, 'nl'));
}

const shiftYear = (schoolYear: string, years: number) => {
  const start = Number(schoolYear.slice(0, 4)) + years;
  return `${start}-${start + 1}`;
};

/** The school year asked for with `?jaar=2026-2027`, else the current one. */
export function chosenYear(url: URL, now = new Date()): string {
  const asked = url.searchParams.get('jaar') ?? '';
  const match = schoolYearPattern.exec(asked);
  return match && Number(match[2]) === Number(match[1]) + 1 ? asked : schoolYearOf(now);
}

/** The school years to choose from: last year, this year and the next two. */
export const yearOptions = (now = new Date()): string[] => {
  const current = schoolYearOf(now);
  return [-1, 0, 1, 2].map((years) => shiftYear(current, years));
};

/** "CSG Beilen · 3KB-PIE · keer 2": what is known of a part (names are hidden from some). */
export function partLabel(
  part: { schoolName: string | null; className: string | null; occasion: number },
  t: (key: 'demand.detail.occasion', params: { occasion: number }) => string,
  withSchool = true,
): string {
  return [withSchool ? part.schoolName : null, part.className, t('demand.detail.occasion', part)]
    .filter(Boolean)
    .join(' · ');
}
