import { describe, expect, it } from 'vitest';
import { regionSettingsSchema } from '../regionSettings';
import {
  checkCompliance,
  complianceSettingsProblems,
  expiryStep,
  offerTypesUncovered,
  requiresDocuments,
  reviewDocument,
  supersededBy,
  type ComplianceDocumentFacts,
} from './rules';

const settings = regionSettingsSchema.parse({
  complianceRequirements: {
    internship: ['liability_insurance', 'vog'],
    job_shadow: ['vog'],
    company_visit: ['liability_insurance'],
  },
});

const aDocument = (values: Partial<ComplianceDocumentFacts>): ComplianceDocumentFacts => ({
  id: 'd',
  kind: 'liability_insurance',
  status: 'approved',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  remindedDays: null,
  subjectName: null,
  ...values,
});

describe('the compliance gate', () => {
  it('when a required document is missing, then the refusal names it in Dutch and in meta', () => {
    const outcome = checkCompliance(settings, 'internship', [aDocument({})], '2026-06-01');
    expect(outcome).toEqual({
      ok: false,
      code: 'compliance_documents_missing',
      detail:
        'Het bedrijf heeft nog geen goedgekeurd, geldig document voor: Verklaring Omtrent het Gedrag (VOG).',
      meta: {
        documents: [
          {
            key: 'vog',
            label: {
              nl: 'Verklaring Omtrent het Gedrag (VOG)',
              en: 'Certificate of conduct (VOG)',
            },
          },
        ],
      },
    });
  });

  it('when every required document is approved and valid, or nothing is required, then it passes', () => {
    const papers = [aDocument({}), aDocument({ id: 'v', kind: 'vog' })];
    expect(checkCompliance(settings, 'internship', papers, '2026-06-01').ok).toBe(true);
    expect(checkCompliance(settings, 'guest_lesson', [], '2026-06-01').ok).toBe(true);
    expect(requiresDocuments(settings, 'guest_lesson')).toBe(false);
    expect(requiresDocuments(settings, 'job_shadow')).toBe(true);
    expect(requiresDocuments(regionSettingsSchema.parse({}), 'internship')).toBe(false);
  });

  it('when the only paper ran out yesterday, then it no longer counts', () => {
    const expired = [aDocument({ validUntil: '2026-05-31' })];
    expect(checkCompliance(settings, 'company_visit', expired, '2026-06-01').ok).toBe(false);
    expect(checkCompliance(settings, 'company_visit', expired, '2026-05-31').ok).toBe(true);
  });
});

describe("the bureau's review", () => {
  const submitted = { status: 'submitted' as const, validUntil: '2026-12-31' };

  it('when a submitted paper is approved or rejected with a reason, then that is the new status', () => {
    expect(reviewDocument(submitted, { decision: 'approve' }, '2026-06-01')).toEqual({
      ok: true,
      value: { status: 'approved', reason: null },
    });
    expect(
      reviewDocument(submitted, { decision: 'reject', reason: ' onleesbaar ' }, '2026-06-01'),
    ).toEqual({ ok: true, value: { status: 'rejected', reason: 'onleesbaar' } });
  });

  it('when the reason is blank, the paper is not submitted, or its validity ended, then it is refused', () => {
    expect(
      reviewDocument(submitted, { decision: 'reject', reason: '  ' }, '2026-06-01'),
    ).toMatchObject({ ok: false, code: 'validation_failed' });
    for (const status of ['approved', 'rejected', 'expired', 'superseded'] as const)
      expect(
        reviewDocument({ ...submitted, status }, { decision: 'approve' }, '2026-06-01'),
      ).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(reviewDocument(submitted, { decision: 'approve' }, '2027-01-01')).toMatchObject({
      ok: false,
      code: 'validation_failed',
    });
    expect(
      reviewDocument(submitted, { decision: 'reject', reason: 'te laat' }, '2027-01-01').ok,
    ).toBe(true);
  });
});

describe('superseding', () => {
  it('when a new paper is approved, then older approved ones of the same kind and supervisor are replaced, a longer one is kept', () => {
    const approved = aDocument({
      id: 'new',
      kind: 'vog',
      subjectName: 'Henk',
      validUntil: '2027-06-30',
    });
    const others = [
      aDocument({ id: 'old', kind: 'vog', subjectName: 'Henk', validUntil: '2026-12-31' }),
      aDocument({ id: 'other-person', kind: 'vog', subjectName: 'Anna' }),
      aDocument({ id: 'longer', kind: 'vog', subjectName: 'Henk', validUntil: '2028-01-01' }),
      aDocument({ id: 'rejected', kind: 'vog', subjectName: 'Henk', status: 'rejected' }),
      aDocument({ id: 'insurance' }),
      approved,
    ];
    expect(supersededBy(approved, others)).toEqual(['old']);
  });
});

describe('the expiry sweep', () => {
  it('when the day after valid-until comes, then expire; before that the reminders; otherwise nothing', () => {
    const paper = aDocument({ validUntil: '2026-12-31' });
    expect(expiryStep(paper, '2027-01-01')).toEqual({ step: 'expire' });
    expect(expiryStep(paper, '2026-12-31')).toEqual({ step: 'remind', days: 7 });
    expect(expiryStep(paper, '2026-12-01')).toEqual({ step: 'remind', days: 30 });
    expect(expiryStep(paper, '2026-11-30')).toBeNull();
    expect(expiryStep({ ...paper, status: 'submitted' }, '2027-01-01')).toBeNull();
  });

  it('when an expired paper leaves its kind uncovered, then the types requiring it are named; a renewal covers them', () => {
    expect(offerTypesUncovered(settings, 'vog', [], '2026-06-01')).toEqual([
      'internship',
      'job_shadow',
    ]);
    expect(
      offerTypesUncovered(settings, 'vog', [aDocument({ kind: 'vog' })], '2026-06-01'),
    ).toEqual([]);
    expect(offerTypesUncovered(settings, 'risk_assessment', [], '2026-06-01')).toEqual([]);
  });
});

describe('the compliance settings', () => {
  it('when a requirement names an unknown kind or an own kind repeats a key, then each is a field error', () => {
    const wrong = regionSettingsSchema.parse({
      complianceDocumentTypes: [
        { key: 'bhv', label: 'BHV' },
        { key: 'vog', label: 'Eigen VOG' },
        { key: 'bhv', label: 'BHV 2' },
      ],
      complianceRequirements: { workshop: ['bhv', 'xyz'], internship: ['vog'] },
    });
    expect(complianceSettingsProblems(wrong)).toEqual([
      { path: 'body.complianceDocumentTypes.1.key', message: 'the kind vog exists already' },
      { path: 'body.complianceDocumentTypes.2.key', message: 'the kind bhv exists already' },
      { path: 'body.complianceRequirements.workshop', message: 'unknown document kind: xyz' },
    ]);
    expect(complianceSettingsProblems(settings)).toEqual([]);
  });
});
