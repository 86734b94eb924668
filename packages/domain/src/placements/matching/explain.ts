import type { Language } from '../../vocabulary';
import type { PupilMatch, MatchingSkipReason } from './matching';

/**
 * A pupil's result in one sentence for the school's coordinator (issue 16): "Geplaatst bij
 * voorkeur 2 (beurt 3 van 12); voorkeur 1 was vol". Dutch by default, as the allocation
 * rounds' explanations; English on request.
 */
interface Words {
  turn: (turn: number, of: number) => string;
  placed: (rank: number) => string;
  notPlaced: string;
  noPreferences: string;
  and: string;
  preference: (ranks: string, plural: boolean) => string;
  /** The verb phrase per reason, singular then plural. */
  why: Record<MatchingSkipReason, [string, string]>;
}

const words: Record<Language, Words> = {
  nl: {
    turn: (turn, of) => `beurt ${turn} van ${of}`,
    placed: (rank) => `Geplaatst bij voorkeur ${rank}`,
    notPlaced: 'Niet geplaatst',
    noPreferences: 'geen voorkeuren opgegeven',
    and: 'en',
    preference: (ranks, plural) => `${plural ? 'voorkeuren' : 'voorkeur'} ${ranks}`,
    why: {
      full: ['was vol', 'waren vol'],
      overlaps: [
        'overlapt met een andere plaatsing van de leerling',
        'overlappen met een andere plaatsing van de leerling',
      ],
      unknown_place: ['hoort niet bij deze ronde', 'horen niet bij deze ronde'],
    },
  },
  en: {
    turn: (turn, of) => `turn ${turn} of ${of}`,
    placed: (rank) => `Placed at preference ${rank}`,
    notPlaced: 'Not placed',
    noPreferences: 'no preferences given',
    and: 'and',
    preference: (ranks, plural) => `${plural ? 'preferences' : 'preference'} ${ranks}`,
    why: {
      full: ['was full', 'were full'],
      overlaps: [
        'overlaps another placement of the pupil',
        'overlap another placement of the pupil',
      ],
      unknown_place: ['is not in this round', 'are not in this round'],
    },
  },
};

/** "1", "1 and 2", "1, 2 and 3". */
function listOf(items: readonly number[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/**
 * The passed-over preferences grouped by reason, in the order of each group's best rank. A turn
 * starts at preference 1, so `skipped[i]` is preference i + 1.
 */
function reasons(match: Omit<PupilMatch, 'explanation'>, w: Words): string[] {
  const ranksByReason = new Map<MatchingSkipReason, number[]>();
  match.skipped.forEach((skip, index) => {
    const ranks = ranksByReason.get(skip.why) ?? [];
    ranks.push(index + 1);
    ranksByReason.set(skip.why, ranks);
  });
  return [...ranksByReason].map(([why, ranks]) => {
    const plural = ranks.length > 1;
    return `${w.preference(listOf(ranks, w.and), plural)} ${w.why[why][plural ? 1 : 0]}`;
  });
}

/** The explanation of one turn of `pupilCount` in the lottery. */
export function explainMatch(
  match: Omit<PupilMatch, 'explanation'>,
  pupilCount: number,
  language: Language = 'nl',
): string {
  const w = words[language];
  const turn = w.turn(match.turn, pupilCount);
  if (match.preferenceRank !== null)
    return [`${w.placed(match.preferenceRank)} (${turn})`, ...reasons(match, w)].join('; ');
  const why = match.skipped.length === 0 ? [w.noPreferences] : reasons(match, w);
  return `${w.notPlaced} (${turn}): ${why.join('; ')}`;
}
