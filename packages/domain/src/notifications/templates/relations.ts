import type { FactsOf, NotificationFacts } from '../facts';
import { formatDate } from '../format';
import { say, type MessageBody, type TemplateInput } from './message';

/** Messages about relationship management (issue 17): a follow-up's owner is reminded. */
type Input<K extends NotificationFacts['kind']> = TemplateInput<FactsOf<K>>;

export function followUpDue({ facts, language, audience }: Input<'follow_up.due'>): MessageBody {
  const t = say(language);
  const { followUp } = facts;
  const due = formatDate(followUp.dueOn, language);
  return {
    subject: t(
      `Actiepunt voor ${followUp.companyName}: ${followUp.description}`,
      `Follow-up for ${followUp.companyName}: ${followUp.description}`,
    ).slice(0, 200),
    intro: [
      t(
        `Je actiepunt voor ${followUp.companyName} staat op ${due}. Rond het af of kies een nieuwe datum.`,
        `Your follow-up for ${followUp.companyName} is due on ${due}. Mark it done or choose a new day.`,
      ),
    ],
    details: [
      [t('Bedrijf', 'Company'), followUp.companyName],
      [t('Actiepunt', 'Follow-up'), followUp.description],
      [t('Datum', 'Due'), due],
    ],
    link: audience === 'school' ? '/school/actiepunten' : '/bureau/actiepunten',
    linkLabel: t('Naar mijn actiepunten', 'Go to my follow-ups'),
  };
}
