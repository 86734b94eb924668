import type { FactsOf, NotificationFacts } from '../facts';
import { formatDateTime } from '../format';
import type { ConflictType } from '../../vocabulary';
import { say, type MessageBody, type TemplateInput } from './message';

/** The conflict types as the bureau reads them in a message (the web has its own labels). */
const conflictTypeLabels: Record<ConflictType, [nl: string, en: string]> = {
  session_cancelled_with_bookings: [
    'sessie geannuleerd met boekingen',
    'session cancelled with bookings',
  ],
  capacity_reduced_below_booked: ['capaciteit onder geboekt aantal', 'capacity below booked seats'],
  oversubscribed: ['overvraagd', 'oversubscribed'],
  blackout_overlap: ['valt in vakantie of toetsweek', 'falls in a holiday or exam week'],
  cap_exception_requested: ['uitzondering op maximum gevraagd', 'cap exception requested'],
  no_show_reported: ['niet verschenen gemeld', 'no-show reported'],
  late_cancellation: ['late annulering', 'late cancellation'],
  session_change_blocked: [
    'sessiewijziging botst met een andere boeking',
    'session change clashes with another booking',
  ],
  request_unfilled: ['vraag nog niet ingevuld', 'request not yet filled'],
  placement_unsigned: [
    'stageovereenkomst nog niet ondertekend',
    'internship agreement not yet signed',
  ],
  attendance_unconfirmed: [
    'aanwezigheid twee weken niet bevestigd',
    'attendance unconfirmed for two weeks',
  ],
  compliance_expired: [
    'verplicht document verlopen onder bevestigde activiteiten',
    'required document expired under confirmed activities',
  ],
};
const conflictTypeLabel = (type: string, t: (nl: string, en: string) => string) => {
  const label = conflictTypeLabels[type as ConflictType];
  return label ? t(...label) : type;
};

type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

export function allocationPublished({
  facts,
  language,
}: Input<'allocation.published'>): MessageBody {
  const t = say(language);
  const outcome = {
    placed: t('geplaatst', 'placed'),
    waitlisted: t('wachtlijst', 'waitlisted'),
    unplaced: t('niet geplaatst', 'not placed'),
  };
  return {
    subject: t(`Uitslag toewijzing: ${facts.roundName}`, `Allocation result: ${facts.roundName}`),
    intro: [
      t(
        `De uitslag van toewijzingsronde ${facts.roundName} voor ${facts.schoolName} is gepubliceerd. Per aanvraag staat waarom die zo is geplaatst.`,
        `The result of allocation round ${facts.roundName} for ${facts.schoolName} is published. Each request says why it was placed as it was.`,
      ),
    ],
    details: facts.results.map((line): [string, string] => {
      const where = [
        line.offerTitle,
        line.startsAt ? formatDateTime(line.startsAt, language) : null,
      ]
        .filter(Boolean)
        .join(', ');
      return [
        `${line.className}: ${outcome[line.outcome]}`,
        where ? `${where}. ${line.explanation}` : line.explanation,
      ];
    }),
    link: `/school/toewijzingsrondes/${facts.roundId}`,
    linkLabel: t('Bekijk de uitslag', 'View the result'),
  };
}

export function conflictRaised({ facts, language }: Input<'conflict.raised'>): MessageBody {
  const t = say(language);
  const severity = {
    low: t('laag', 'low'),
    medium: t('middel', 'medium'),
    high: t('hoog', 'high'),
  };
  const details: [string, string][] = [
    [t('Soort', 'Type'), conflictTypeLabel(facts.conflictType, t)],
    [t('Urgentie', 'Severity'), severity[facts.severity]],
  ];
  if (facts.offerTitle) details.push([t('Aanbod', 'Offer'), facts.offerTitle]);
  if (facts.schoolName) details.push([t('School', 'School'), facts.schoolName]);
  if (facts.sessionStartsAt)
    details.push([t('Sessie', 'Session'), formatDateTime(facts.sessionStartsAt, language)]);
  return {
    subject: t('Nieuw conflict: ', 'New conflict: ') + conflictTypeLabel(facts.conflictType, t),
    intro: [t('Er staat een nieuw conflict in de wachtrij.', 'A new conflict is in the queue.')],
    details,
    link: `/bureau/conflicten/${facts.conflictId}`,
    linkLabel: t('Open het conflict', 'Open the conflict'),
  };
}

export function invitationSent({ facts, language }: Input<'invitation.sent'>): MessageBody {
  const t = say(language);
  const where = facts.organisationName ?? t('het stagebureau', 'the bureau');
  return {
    subject: t(
      `Uitnodiging voor Stagebureau ${facts.regionName}`,
      `Invitation to Stagebureau ${facts.regionName}`,
    ),
    intro: [
      t(
        `Je bent uitgenodigd om mee te doen namens ${where}. Maak je account aan via de link.`,
        `You are invited to join on behalf of ${where}. Create your account with the link.`,
      ),
    ],
    details: [[t('Geldig tot', 'Valid until'), formatDateTime(facts.expiresAt, language)]],
    link: facts.acceptUrl,
    linkLabel: t('Uitnodiging accepteren', 'Accept the invitation'),
  };
}
