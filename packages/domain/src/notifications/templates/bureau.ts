import type { FactsOf, NotificationFacts } from '../facts';
import { formatDateTime } from '../format';
import { say, type MessageBody, type TemplateInput } from './message';

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
    [t('Soort', 'Type'), facts.conflictType],
    [t('Urgentie', 'Severity'), severity[facts.severity]],
  ];
  if (facts.offerTitle) details.push([t('Aanbod', 'Offer'), facts.offerTitle]);
  if (facts.schoolName) details.push([t('School', 'School'), facts.schoolName]);
  if (facts.sessionStartsAt)
    details.push([t('Sessie', 'Session'), formatDateTime(facts.sessionStartsAt, language)]);
  return {
    subject: t(`Nieuw conflict: ${facts.conflictType}`, `New conflict: ${facts.conflictType}`),
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
