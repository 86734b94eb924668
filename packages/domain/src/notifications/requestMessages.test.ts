import { describe, expect, it } from 'vitest';
import type { FactsOf, NotificationFacts } from './facts';
import type { Audience } from './kinds';
import { renderNotification } from './render';
import { request, requestMessageFacts } from './requestMessages.testInputs';

const urls = { webUrl: 'https://app.example.nl', apiUrl: 'https://api.example.nl' };
const factsOf = <K extends NotificationFacts['kind']>(kind: K) =>
  requestMessageFacts.find((facts) => facts.kind === kind) as FactsOf<K>;
const render = (facts: NotificationFacts, audience: Audience, language: 'nl' | 'en' = 'nl') =>
  renderNotification(facts, { language, audience }, urls);

describe('demand-side messages', () => {
  it('when a school hears of a sign-up, then it reads the request, its class and the proposed moment in Amsterdam time', () => {
    const message = render(factsOf('sign_up.received'), 'school');
    expect(message.subject).toBe(`Intekening op jullie vraag: ${request.requestTitle}`);
    expect(message.text).toContain('Bouw & Co heeft ingetekend');
    expect(message.text).toContain('Deel 1: 3B, keer 1: maandag 8 februari 2027 om 13:00 – 15:00');
    expect(message.text).toContain('Contactpersoon: Jan, jan@bouw.nl, 050-1234567');
    expect(message.text).toContain('Opmerking: We nemen een robotarm mee.');
    expect(message.link).toBe(`https://app.example.nl/school/vragen/${request.requestId}`);
    expect(message.html).toContain('Gastles &lt;b&gt;robotica&lt;/b&gt; &amp; programmeren');
    expect(message.html).not.toContain('<b>robotica');
  });

  it('when the bureau asked, then its copy names the school and links to the menu card', () => {
    const message = render(factsOf('sign_up.received'), 'bureau');
    expect(message.text).toContain('3B (Noorderpoort), keer 1');
    expect(message.link).toBe('https://app.example.nl/bureau/menukaart');
  });

  it('when a proposal is accepted or declined, then the company reads it with a link to the request', () => {
    const accepted = render(factsOf('sign_up.accepted'), 'company');
    expect(accepted.subject).toBe(`Voorstel geaccepteerd: ${request.requestTitle}`);
    expect(accepted.text).toContain('Klas: 3B, keer 1: maandag 8 februari 2027 om 13:00 – 15:00');
    expect(accepted.link).toBe(`https://app.example.nl/bedrijf/vragen/${request.requestId}`);
    const declined = render(factsOf('sign_up.declined'), 'company', 'en');
    expect(declined.subject).toBe(`Proposal declined: ${request.requestTitle}`);
    expect(declined.text).toContain('Reason: Toetsweek');
    expect(declined.text).toContain('Monday, 8 February 2027 at 13:00');
  });

  it('when a sign-up is withdrawn without a reason, then the school reads that none was given', () => {
    const message = render(factsOf('sign_up.withdrawn'), 'school');
    expect(message.subject).toBe(`Intekening ingetrokken: ${request.requestTitle}`);
    expect(message.text).toContain('Reden: geen reden opgegeven');
    expect(message.text).toContain('weer open');
  });

  it('when a company is reminded, then it reads the open parts, the period and the deadline in Dutch', () => {
    const message = render(factsOf('request.reminder'), 'company');
    expect(message.subject).toBe(`Nog open tot vrijdag 15 januari 2027: ${request.requestTitle}`);
    expect(message.text).toContain('nog 2 delen open');
    expect(message.text).toContain('Periode: maandag 1 februari 2027 – vrijdag 12 maart 2027');
    expect(message.text).toContain('Uren per keer: 1,5');
    expect(message.text).toContain('Deel 1: 3B (Noorderpoort), keer 1');
    expect(message.text).toContain('Deel 2: 2A (Dollard College), keer 2');
    expect(message.text).not.toContain('om 13:00');
    expect(message.link).toBe(`https://app.example.nl/bedrijf/vragen/${request.requestId}`);
    expect(render(factsOf('request.reminder'), 'company', 'en').text).toContain(
      'Hours per occasion: 1.5',
    );
  });
});
