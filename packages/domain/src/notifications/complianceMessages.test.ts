import { describe, expect, it } from 'vitest';
import type { FactsOf } from './facts';
import { complianceMessageFacts } from './complianceMessages.testInputs';
import { renderNotification } from './render';

const urls = { webUrl: 'https://app.example.nl', apiUrl: 'https://api.example.nl' };
const company = { language: 'nl', audience: 'company' } as const;
const [rejected, expiring, expired] = complianceMessageFacts as [
  FactsOf<'compliance.reviewed'>,
  FactsOf<'compliance.expiring'>,
  FactsOf<'compliance.expired'>,
];

describe('compliance document messages', () => {
  it("when the bureau rejects a paper, then the company reads which one, for whom and the bureau's reason", () => {
    const message = renderNotification(rejected, company, urls);
    expect(message.subject).toBe(
      'Document afgekeurd: Verklaring Omtrent het Gedrag (VOG) (Henk Bos)',
    );
    expect(message.text).toContain('Reden: De pagina met de handtekening ontbreekt');
    expect(message.text).toContain('Geldig: maandag 1 januari 2029 – zondag 31 maart 2030');
    expect(message.link).toBe('https://app.example.nl/bedrijf/documenten');
    expect(message.html).not.toContain('<b>');
  });

  it('when a paper is approved, then no reason line is shown', () => {
    const message = renderNotification(
      { ...rejected, decision: 'approved', reason: null },
      { language: 'en', audience: 'company' },
      urls,
    );
    expect(message.subject).toBe('Document approved: Certificate of conduct (VOG) (Henk Bos)');
    expect(message.text).not.toContain('Reason');
  });

  it('when a paper runs out in 30 or 7 days, then the subject counts the days and names the last valid day', () => {
    expect(renderNotification(expiring, company, urls).subject).toBe(
      'Document verloopt over 30 dagen: Verklaring Omtrent het Gedrag (VOG) (Henk Bos)',
    );
    const week = renderNotification({ ...expiring, days: 7 }, { ...company, language: 'en' }, urls);
    expect(week.subject).toBe(
      'Document expires in 7 days: Certificate of conduct (VOG) (Henk Bos)',
    );
    expect(week.text).toContain('valid until Sunday, 31 March 2030');
  });

  it('when a paper expired, then the company is told what that blocks', () => {
    const message = renderNotification(expired, company, urls);
    expect(message.subject).toBe(
      'Document verlopen: Verklaring Omtrent het Gedrag (VOG) (Henk Bos)',
    );
    expect(message.text).toContain('niet publiceren of bevestigen');
  });
});
