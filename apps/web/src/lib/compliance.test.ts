import { describe, expect, test } from 'vitest';
import type { ComplianceDocument } from '@stagebureau/domain';
import { companyStandings, standingOn } from './compliance';

const aDocument = (values: Partial<ComplianceDocument>): ComplianceDocument => ({
  id: '11111111-1111-4111-8111-111111111111',
  organisationId: '22222222-2222-4222-8222-222222222222',
  companyName: 'Bouw BV',
  kind: 'vog',
  kindLabel: { nl: 'VOG', en: 'VOG' },
  status: 'approved',
  validFrom: '2027-01-01',
  validUntil: '2027-12-31',
  subjectName: null,
  fileName: 'vog.pdf',
  contentType: 'application/pdf',
  size: 1000,
  uploadedAt: '2027-01-01T09:00:00.000Z',
  reviewedAt: null,
  reviewReason: null,
  ...values,
});

describe("a company's standing per document kind", () => {
  test('when two approved papers cover today, then the one that runs longest counts', () => {
    const documents = [
      aDocument({ validUntil: '2027-06-30' }),
      aDocument({ id: '33333333-3333-4333-8333-333333333333', validUntil: '2027-12-31' }),
    ];
    expect(standingOn('vog', documents, '2027-03-01')).toEqual({
      state: 'valid',
      validUntil: '2027-12-31',
    });
  });

  test('when the only approved paper has ended and a new one waits, then the kind is waiting', () => {
    const documents = [
      aDocument({ validUntil: '2027-02-28' }),
      aDocument({ id: '33333333-3333-4333-8333-333333333333', status: 'submitted' }),
    ];
    expect(standingOn('vog', documents, '2027-03-01')).toEqual({ state: 'waiting' });
  });

  test('when a paper is rejected or not yet valid, then the kind is missing', () => {
    const documents = [
      aDocument({ status: 'rejected' }),
      aDocument({ id: '33333333-3333-4333-8333-333333333333', validFrom: '2027-04-01' }),
    ];
    expect(standingOn('vog', documents, '2027-03-01')).toEqual({ state: 'missing' });
  });

  test('when the region requires a kind for some activities, then those are listed in order', () => {
    const kinds = [
      { key: 'vog', label: { nl: 'VOG', en: 'VOG' } },
      { key: 'bhv', label: { nl: 'BHV', en: 'BHV' } },
    ];
    const standings = companyStandings(
      kinds,
      { company_visit: ['vog'], internship: ['vog', 'bhv'] },
      [aDocument({})],
      '2027-03-01',
    );
    expect(standings.map((item) => [item.kind.key, item.requiredFor, item.standing.state])).toEqual(
      [
        ['vog', ['internship', 'company_visit'], 'valid'],
        ['bhv', ['internship'], 'missing'],
      ],
    );
  });
});
