import { describe, expect, it } from 'vitest';
import { attendanceMessageFacts } from './attendanceMessages.testInputs';
import { renderNotification } from './render';

const urls = { webUrl: 'https://app.example.nl', apiUrl: 'https://api.example.nl' };
const [requested, reminder, absence, evaluation] = attendanceMessageFacts as [
  (typeof attendanceMessageFacts)[number],
  (typeof attendanceMessageFacts)[number],
  (typeof attendanceMessageFacts)[number],
  (typeof attendanceMessageFacts)[number],
];
const supervisor = { language: 'nl', audience: 'invitee' } as const;

describe('attendance and evaluation messages', () => {
  it('when a week is to be confirmed, then the supervisor gets the one-click link and the days', () => {
    const message = renderNotification(requested, supervisor, urls);
    expect(message.subject).toBe('Aanwezigheid bevestigen: week van maandag 4 maart 2030');
    expect(message.link).toBe('https://app.example.nl/aanwezigheid/region.secret-week');
    expect(message.text).toContain('bevestig je met één klik');
    expect(message.text).toContain('donderdag 7 maart 2030');
    expect(message.html).toContain('Stage &lt;b&gt;installatietechniek&lt;/b&gt;');
  });

  it('when the reminder goes out, then it says its link replaces the earlier one', () => {
    const message = renderNotification(reminder, { ...supervisor, language: 'en' }, urls);
    expect(message.subject).toBe(
      'Reminder: confirm attendance for the week of Monday, 4 March 2030',
    );
    expect(message.text).toContain('replaces the one in the earlier message');
  });

  it('when an absence is reported, then the school reads the pseudonym, class and day', () => {
    const message = renderNotification(absence, { language: 'nl', audience: 'school' }, urls);
    expect(message.subject).toBe('Afwezig gemeld op dinsdag 5 maart 2030: L-ABC234 (klas 3KB)');
    expect(message.link).toBe('https://app.example.nl/school/stages');
  });

  it('when the period ended, then the evaluation link goes to the form', () => {
    const message = renderNotification(evaluation, supervisor, urls);
    expect(message.link).toBe('https://app.example.nl/evaluatie/region.secret-evaluation');
    expect(message.text).toContain('cijfer van 1 tot 5');
  });
});
