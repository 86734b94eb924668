import { describe, expect, it } from 'vitest';
import type { FactsOf } from './facts';
import { placementMessageFacts } from './placementMessages.testInputs';
import { renderNotification } from './render';

const urls = { webUrl: 'https://app.example.nl', apiUrl: 'https://api.example.nl' };
const requested = placementMessageFacts[0] as FactsOf<'placement.signing_requested'>;

describe('placement messages', () => {
  it("when a pupil's link goes to the school, then it says to hand it over and names the pupil by pseudonym and class", () => {
    const message = renderNotification(requested, { language: 'nl', audience: 'school' }, urls);
    expect(message.subject).toBe(
      'Stageovereenkomst ondertekenen: Stage <b>installatietechniek</b>',
    );
    expect(message.text).toContain('leerling L-ABC234 (klas 3KB). Geef hem aan de leerling');
    expect(message.text).toContain('Ondertekenen als: de leerling');
    expect(message.link).toBe('https://app.example.nl/ondertekenen/secret-token');
    expect(message.text).toContain('geldig tot vrijdag 15 februari 2030 om 11:00');
    expect(message.html).not.toContain('<b>');
  });

  it('when a guardian gets a link in English, then it asks to sign as parent or guardian', () => {
    const message = renderNotification(
      { ...requested, party: 'guardian', pupil: null },
      { language: 'en', audience: 'invitee' },
      urls,
    );
    expect(message.text).toContain(
      'You are asked to sign the internship agreement for Stage <b>installatietechniek</b> at Installatiebedrijf Noord as parent or guardian.',
    );
    expect(message.text).not.toContain('L-ABC234');
  });

  it('when every party signed, then school and company read the hash and their own link', () => {
    const signed = placementMessageFacts[1]!;
    const school = renderNotification(signed, { language: 'nl', audience: 'school' }, urls);
    const company = renderNotification(signed, { language: 'nl', audience: 'company' }, urls);
    expect(school.text).toContain(`SHA-256 van de tekst: ${'ab'.repeat(32)}`);
    expect(school.text).toContain('De stage kan beginnen op maandag 4 maart 2030');
    expect(school.link).toBe('https://app.example.nl/school/stages');
    expect(company.link).toBe('https://app.example.nl/bedrijf/stageplaatsen');
  });
});
