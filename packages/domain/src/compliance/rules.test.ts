import { describe, expect, it } from 'vitest';
import { regionSettingsSchema } from '../regionSettings';
import {
  complianceOverview,
  expiryReminderDue,
  hasExpired,
  missingDocumentKinds,
  unknownRequiredDocumentKinds,
  type ComplianceDocumentFacts,
} from './rules';

const settings = regionSettingsSchema.parse({
  complianceDocumentTypes: [{ key: 'bhv', label: 'BHV-certificaat' }],
  complianceRequirements: {
    internship: ['liability_insurance', 'vog', 'risk_assessment'],
    company_visit: ['liability_insurance', 'bhv'],
  },
});

const aDocument = (values: Partial<ComplianceDocumentFacts>): ComplianceDocumentFacts => ({
  id: 'd',
  kind: 'liability_insurance',
  status: 'approved',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  remindedDays: null,
  ...values,
});

describe('required compliance documents', () => {
  it('when a kind has no approved document valid on the day, then it is named as missing', () => {
    const documents = [
      aDocument({ kind: 'liability_insurance' }),
      aDocument({ kind: 'vog', status: 'submitted' }),
      aDocument({ kind: 'risk_assessment', validUntil: '2026-11-29' }),
    ];
    const missing = missingDocumentKinds(settings, 'internship', documents, '2026-11-30');
    expect(missing.map((kind) => kind.key)).toEqual(['vog', 'risk_assessment']);
    expect(missing[0]!.label.nl).toBe('Verklaring Omtrent het Gedrag (VOG)');
  });

  it('when the validity starts later or the type needs nothing, then nothing counts or nothing is missing', () => {
    const future = [aDocument({ validFrom: '2026-12-01' })];
    expect(missingDocumentKinds(settings, 'company_visit', future, '2026-11-30')).toHaveLength(2);
    expect(missingDocumentKinds(settings, 'guest_lesson', [], '2026-11-30')).toEqual([]);
  });

  it("when a region's own kind is required, then its label is the region's", () => {
    const missing = missingDocumentKinds(settings, 'company_visit', [aDocument({})], '2026-06-01');
    expect(missing).toEqual([
      { key: 'bhv', label: { nl: 'BHV-certificaat', en: 'BHV-certificaat' } },
    ]);
  });

  it('when a requirement names a kind the region does not know, then it is reported', () => {
    const wrong = regionSettingsSchema.parse({
      complianceRequirements: { workshop: ['vog', 'xyz'] },
    });
    expect(unknownRequiredDocumentKinds(wrong)).toEqual(['xyz']);
    expect(unknownRequiredDocumentKinds(settings)).toEqual([]);
  });

  it('when a document runs out within 30 days, then a school sees it as expiring, not missing', () => {
    const overview = complianceOverview(
      settings,
      'company_visit',
      [aDocument({ validUntil: '2026-12-20' }), aDocument({ kind: 'bhv' })],
      '2026-11-30',
    );
    expect(overview.complete).toBe(true);
    expect(overview.items.map((item) => item.state)).toEqual(['expiring', 'valid']);
  });
});

describe('expiry', () => {
  it('when the valid-until day has ended, then an approved document expires; on that day it still counts', () => {
    expect(hasExpired(aDocument({ validUntil: '2026-11-30' }), '2026-11-30')).toBe(false);
    expect(hasExpired(aDocument({ validUntil: '2026-11-29' }), '2026-11-30')).toBe(true);
    expect(
      hasExpired(aDocument({ status: 'rejected', validUntil: '2026-01-01' }), '2026-11-30'),
    ).toBe(false);
  });

  it('when 30 and then 7 days remain, then each reminder is due once, and a late approval gets only the nearer one', () => {
    const until = '2026-12-31';
    expect(expiryReminderDue(aDocument({ validUntil: until }), '2026-11-30')).toBeNull();
    expect(expiryReminderDue(aDocument({ validUntil: until }), '2026-12-01')).toBe(30);
    expect(
      expiryReminderDue(aDocument({ validUntil: until, remindedDays: 30 }), '2026-12-10'),
    ).toBeNull();
    expect(
      expiryReminderDue(aDocument({ validUntil: until, remindedDays: 30 }), '2026-12-24'),
    ).toBe(7);
    expect(
      expiryReminderDue(aDocument({ validUntil: until, remindedDays: 7 }), '2026-12-30'),
    ).toBeNull();
    expect(expiryReminderDue(aDocument({ validUntil: until }), '2026-12-27')).toBe(7);
    expect(
      expiryReminderDue(aDocument({ validUntil: until, status: 'submitted' }), '2026-12-27'),
    ).toBeNull();
  });
});
