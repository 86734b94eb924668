import type { FactsOf, NotificationFacts, PlacementFacts } from '../facts';
import { formatDate } from '../format';
import type { Language } from '../../vocabulary';
import { say, type MessageBody, type TemplateInput } from './message';

/**
 * Attendance and evaluation messages of a placement (issue 16). The supervisor's messages
 * carry a one-time link and no name of the pupil (the page behind the link shows it); the
 * school's message names its pupil by pseudonym and class.
 */
type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

function rows(placement: PlacementFacts, language: Language): [string, string][] {
  const t = say(language);
  return [
    [t('Stage', 'Placement'), placement.placeTitle],
    [t('Leerbedrijf', 'Host company'), placement.companyName],
    [t('School', 'School'), placement.schoolName],
    [
      t('Periode', 'Period'),
      `${formatDate(placement.startsOn, language)} – ${formatDate(placement.endsOn, language)}`,
    ],
  ];
}

function weekBody(
  facts: FactsOf<'placement.attendance_requested'> | FactsOf<'placement.attendance_reminder'>,
  language: Language,
  reminder: boolean,
): MessageBody {
  const t = say(language);
  const week = formatDate(facts.weekOf, language);
  const days = facts.workingDays.map((day) => formatDate(day, language)).join(', ');
  return {
    subject: reminder
      ? t(
          `Herinnering: aanwezigheid week van ${week} bevestigen`,
          `Reminder: confirm attendance for the week of ${week}`,
        )
      : t(`Aanwezigheid bevestigen: week van ${week}`, `Confirm attendance: week of ${week}`),
    intro: [
      t(
        `Wil je bevestigen op welke dagen de stagiair van ${facts.placement.placeTitle} er was in de week van ${week}? Klopt alles, dan bevestig je met één klik.`,
        `Please confirm on which days the intern of ${facts.placement.placeTitle} was present in the week of ${week}. If everything is right, one click confirms it.`,
      ),
      ...(reminder
        ? [
            t(
              'We hebben nog geen bevestiging ontvangen. Deze link vervangt die uit het eerdere bericht.',
              'We have not received a confirmation yet. This link replaces the one in the earlier message.',
            ),
          ]
        : []),
      t(
        'De link werkt één keer, op je telefoon en zonder in te loggen.',
        'The link works once, on your phone and without logging in.',
      ),
    ],
    details: [...rows(facts.placement, language), [t('Werkdagen', 'Working days'), days]],
    link: facts.path,
    linkLabel: t('Bevestig de aanwezigheid', 'Confirm attendance'),
  };
}

export const attendanceRequested = ({
  facts,
  language,
}: Input<'placement.attendance_requested'>): MessageBody => weekBody(facts, language, false);

export const attendanceReminder = ({
  facts,
  language,
}: Input<'placement.attendance_reminder'>): MessageBody => weekBody(facts, language, true);

export function absenceReported({
  facts,
  language,
}: Input<'placement.absence_reported'>): MessageBody {
  const t = say(language);
  const day = formatDate(facts.day, language);
  const who = `${facts.pupil.pseudonym}${facts.pupil.className ? ` (${t('klas', 'class')} ${facts.pupil.className})` : ''}`;
  return {
    subject: t(`Afwezig gemeld op ${day}: ${who}`, `Reported absent on ${day}: ${who}`),
    intro: [
      t(
        `${facts.placement.companyName} meldt dat ${who} op ${day} afwezig is bij de stage ${facts.placement.placeTitle}.`,
        `${facts.placement.companyName} reports that ${who} is absent on ${day} from the placement ${facts.placement.placeTitle}.`,
      ),
    ],
    details: [...rows(facts.placement, language), [t('Afwezig op', 'Absent on'), day]],
    link: '/school/stages',
    linkLabel: t('Bekijk de stages', 'View the placements'),
  };
}

export function evaluationRequested({
  facts,
  language,
}: Input<'placement.evaluation_requested'>): MessageBody {
  const t = say(language);
  return {
    subject: t(
      `Beoordeling van de stage: ${facts.placement.placeTitle}`,
      `Evaluate the placement: ${facts.placement.placeTitle}`,
    ),
    intro: [
      t(
        `De stage ${facts.placement.placeTitle} is afgelopen. Wil je de stagiair beoordelen? Het formulier heeft een paar vragen met een cijfer van 1 tot 5 en ruimte voor een toelichting.`,
        `The placement ${facts.placement.placeTitle} has ended. Would you evaluate the intern? The form has a few questions rated 1 to 5 and room for a comment.`,
      ),
      t(
        'De link werkt één keer, op je telefoon en zonder in te loggen.',
        'The link works once, on your phone and without logging in.',
      ),
    ],
    details: rows(facts.placement, language),
    link: facts.path,
    linkLabel: t('Vul de beoordeling in', 'Fill in the evaluation'),
  };
}
