import { fail, ok, type Outcome } from '../outcome';
import { offerTypes, type OfferType } from '../vocabulary';
import type { RegionSettings } from '../regionSettings';
import { addDays } from '../wallClock';
import {
  builtInDocumentKinds,
  builtInDocumentLabels,
  expiryReminderDays,
  type DocumentStatus,
} from './vocabulary';

/** What the rules read of a stored document; dates are Dutch calendar dates (YYYY-MM-DD). */
export interface ComplianceDocumentFacts {
  id: string;
  kind: string;
  status: DocumentStatus;
  validFrom: string;
  validUntil: string;
  /** The smallest reminder (days before expiry) already sent; null: none yet. */
  remindedDays: number | null;
  /** The supervisor a VOG is for; null (or absent) for papers about the company. */
  subjectName?: string | null;
}

export interface DocumentKind {
  key: string;
  label: { nl: string; en: string };
}

/** Every kind the region knows: the four built-in ones, then the region's own. */
export function documentKindsOf(settings: Pick<RegionSettings, 'complianceDocumentTypes'>) {
  const builtIn: DocumentKind[] = builtInDocumentKinds.map((key) => ({
    key,
    label: builtInDocumentLabels[key],
  }));
  const own = settings.complianceDocumentTypes.map(({ key, label }) => ({
    key,
    label: { nl: label, en: label },
  }));
  return [...builtIn, ...own];
}

export const isKnownDocumentKind = (
  settings: Pick<RegionSettings, 'complianceDocumentTypes'>,
  kind: string,
) => documentKindsOf(settings).some((known) => known.key === kind);

/** Required kinds the region does not know: a settings change naming one is refused. */
export const unknownRequiredDocumentKinds = (
  settings: Pick<RegionSettings, 'complianceRequirements' | 'complianceDocumentTypes'>,
) =>
  Object.values(settings.complianceRequirements)
    .flat()
    .filter((kind) => !isKnownDocumentKind(settings, kind));

/**
 * What is wrong with a region's compliance settings, as field errors: a requirement naming a
 * kind the region does not know, or an own kind whose key is built in or used twice.
 */
export function complianceSettingsProblems(
  settings: Pick<RegionSettings, 'complianceRequirements' | 'complianceDocumentTypes'>,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>(builtInDocumentKinds);
  settings.complianceDocumentTypes.forEach(({ key }, index) => {
    if (seen.has(key))
      problems.push({
        path: `body.complianceDocumentTypes.${index}.key`,
        message: `the kind ${key} exists already`,
      });
    seen.add(key);
  });
  for (const [type, kinds] of Object.entries(settings.complianceRequirements))
    for (const kind of kinds ?? [])
      if (!isKnownDocumentKind(settings, kind))
        problems.push({
          path: `body.complianceRequirements.${type}`,
          message: `unknown document kind: ${kind}`,
        });
  return problems;
}

/** The kinds an activity of this type needs (the region's requirement setting). */
export const requiredDocumentKinds = (
  settings: Pick<RegionSettings, 'complianceRequirements'>,
  offerType: OfferType,
): string[] => settings.complianceRequirements[offerType] ?? [];

/** An approved document of the kind that is valid on `date`. */
export const coversOn = (document: ComplianceDocumentFacts, kind: string, date: string) =>
  document.kind === kind &&
  document.status === 'approved' &&
  document.validFrom <= date &&
  date <= document.validUntil;

/**
 * The required kinds no approved, valid document covers on `date`, in the requirement's
 * order: what a refusal names. Empty: the company may publish and confirm.
 */
export function missingDocumentKinds(
  settings: Pick<RegionSettings, 'complianceRequirements' | 'complianceDocumentTypes'>,
  offerType: OfferType,
  documents: ComplianceDocumentFacts[],
  date: string,
): DocumentKind[] {
  const kinds = documentKindsOf(settings);
  return requiredDocumentKinds(settings, offerType)
    .filter((kind) => !documents.some((document) => coversOn(document, kind, date)))
    .map((key) => kinds.find((known) => known.key === key) ?? { key, label: { nl: key, en: key } });
}

type Requirements = Pick<RegionSettings, 'complianceRequirements' | 'complianceDocumentTypes'>;

/** Whether an activity of this type needs any document: if not, nothing need be loaded. */
export const requiresDocuments = (
  settings: Pick<RegionSettings, 'complianceRequirements'>,
  offerType: OfferType,
) => requiredDocumentKinds(settings, offerType).length > 0;

/**
 * The gate before an offer or place of this type is published and before a booking of it is
 * confirmed (invariant 9): refused while a required kind has no approved document valid on
 * `date`, naming every missing kind (in Dutch in the detail, both languages in `meta`).
 */
export function checkCompliance(
  settings: Requirements,
  offerType: OfferType,
  documents: ComplianceDocumentFacts[],
  date: string,
): Outcome<true> {
  const missing = missingDocumentKinds(settings, offerType, documents, date);
  if (missing.length === 0) return ok(true);
  const names = missing.map((kind) => kind.label.nl).join(', ');
  return fail(
    'compliance_documents_missing',
    `Het bedrijf heeft nog geen goedgekeurd, geldig document voor: ${names}.`,
    { documents: missing },
  );
}

export type ComplianceItemState = 'valid' | 'expiring' | 'missing';

/**
 * What a school sees of a company for one activity type: per required kind valid, expiring
 * (within the first reminder's horizon) or missing — never the documents themselves.
 */
export function complianceOverview(
  settings: Pick<RegionSettings, 'complianceRequirements' | 'complianceDocumentTypes'>,
  offerType: OfferType,
  documents: ComplianceDocumentFacts[],
  today: string,
) {
  const kinds = documentKindsOf(settings);
  const horizon = addDays(today, expiryReminderDays[0]);
  const items = requiredDocumentKinds(settings, offerType).map((key) => {
    const covering = documents
      .filter((document) => coversOn(document, key, today))
      .sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0];
    const state: ComplianceItemState = !covering
      ? 'missing'
      : covering.validUntil < horizon
        ? 'expiring'
        : 'valid';
    const label = kinds.find((known) => known.key === key)?.label ?? { nl: key, en: key };
    return { kind: key, label, state, validUntil: covering?.validUntil ?? null };
  });
  return { complete: items.every((item) => item.state !== 'missing'), items };
}

/** Approved documents whose valid-until day has ended by `today`: the sweep expires them. */
export const hasExpired = (document: ComplianceDocumentFacts, today: string) =>
  document.status === 'approved' && document.validUntil < today;

/**
 * The reminder due today, if any: the smallest threshold (30, then 7 days) reached and not
 * yet sent. A document approved 5 days before expiry gets only the 7-day reminder, once.
 */
export function expiryReminderDue(document: ComplianceDocumentFacts, today: string): number | null {
  if (document.status !== 'approved' || document.validUntil < today) return null;
  const reached = expiryReminderDays.filter((days) => addDays(today, days) >= document.validUntil);
  const due = reached.length ? Math.min(...reached) : null;
  if (due === null) return null;
  return document.remindedDays !== null && document.remindedDays <= due ? null : due;
}

/**
 * The bureau's review of a submitted document: only `submitted` can be reviewed; a paper whose
 * validity already ended cannot be approved; a rejection carries its reason.
 */
export function reviewDocument(
  document: Pick<ComplianceDocumentFacts, 'status' | 'validUntil'>,
  review: { decision: 'approve' } | { decision: 'reject'; reason: string },
  today: string,
): Outcome<{ status: 'approved' | 'rejected'; reason: string | null }> {
  if (document.status !== 'submitted')
    return fail('invalid_transition', `a ${document.status} document cannot be reviewed`, {
      from: document.status,
    });
  if (review.decision === 'reject') {
    const reason = review.reason.trim();
    if (!reason)
      return fail('validation_failed', 'a rejection needs a reason', {
        errors: [{ path: 'body.reason', message: 'required to reject' }],
      });
    return ok({ status: 'rejected', reason });
  }
  if (document.validUntil < today)
    return fail(
      'validation_failed',
      `the validity ended on ${document.validUntil}: an expired paper cannot be approved`,
    );
  return ok({ status: 'approved', reason: null });
}

/**
 * The documents a newly approved one replaces: the company's other approved papers of the same
 * kind (and, for a VOG, the same supervisor) that run out no later than it. A paper valid for
 * longer keeps counting; each keeps its row (history) as `superseded`.
 */
export function supersededBy(
  approved: Pick<ComplianceDocumentFacts, 'id' | 'kind' | 'validUntil' | 'subjectName'>,
  others: ComplianceDocumentFacts[],
): string[] {
  const subject = approved.subjectName ?? null;
  return others
    .filter(
      (other) =>
        other.id !== approved.id &&
        other.status === 'approved' &&
        other.kind === approved.kind &&
        (other.subjectName ?? null) === subject &&
        other.validUntil <= approved.validUntil,
    )
    .map((other) => other.id);
}

/** What the expiry sweep does with one document today (30 and 7 days before, then at the end). */
export type ExpiryStep = { step: 'expire' } | { step: 'remind'; days: number } | null;

export function expiryStep(document: ComplianceDocumentFacts, today: string): ExpiryStep {
  if (hasExpired(document, today)) return { step: 'expire' };
  const days = expiryReminderDue(document, today);
  return days === null ? null : { step: 'remind', days };
}

/**
 * The activity types an expired document leaves uncovered: those whose requirement names its
 * kind, unless another approved paper of that kind (`remaining`) still covers today. Confirmed
 * activities of these types are what the bureau's conflict lists.
 */
export function offerTypesUncovered(
  settings: Pick<RegionSettings, 'complianceRequirements'>,
  kind: string,
  remaining: ComplianceDocumentFacts[],
  today: string,
): OfferType[] {
  if (remaining.some((document) => coversOn(document, kind, today))) return [];
  return offerTypes.filter((type) => requiredDocumentKinds(settings, type).includes(kind));
}
