/**
 * Relationship management's closed vocabularies (issue 17). The database checks them too
 * (packages/db/src/schema/relations.ts), so a new word needs a migration.
 */

/** How the bureau or a school was in touch with a company. */
export const contactMomentKinds = ['call', 'visit', 'meeting', 'email'] as const;
export type ContactMomentKind = (typeof contactMomentKinds)[number];

/**
 * What a company can commit to in a school year (an afspraak), each counted live from the
 * platform's own records: sessions held of an activity type, confirmed internship places,
 * accepted sign-ups to schools' requests, and in-kind hours.
 */
export const agreementMeasures = [
  'guest_lessons',
  'company_visits',
  'workshops',
  'masterclasses',
  'job_shadow_days',
  'teacher_internships',
  'internship_places',
  'assignment_hours',
  'request_sign_ups',
  'in_kind_hours',
] as const;
export type AgreementMeasure = (typeof agreementMeasures)[number];

/** A region's goals per school year, as funders ask for them. */
export const targetMeasures = [
  'internship_places',
  'internship_places_growth',
  'active_companies',
  'co_financing_percent',
  'sectors_covered',
] as const;
export type TargetMeasure = (typeof targetMeasures)[number];
