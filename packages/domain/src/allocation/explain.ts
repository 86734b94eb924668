import type { Placement, PreferenceCheck } from './types';

/** Why a better preference was passed over, in Dutch, for the school's coordinator. */
export function explainCheck(check: PreferenceCheck, round: number, seats: number): string {
  const preference = `voorkeur ${check.rank}`;
  switch (check.verdict) {
    case 'full': {
      const free = check.seatsFree ?? 0;
      const tooFew = free > 0 ? ` (nog ${free} plaatsen vrij, ${seats} nodig)` : '';
      if (check.fullSinceRound === null || check.fullSinceRound === undefined)
        return free > 0
          ? `${preference} had vanaf de start te weinig plaatsen${tooFew}`
          : `${preference} was al vol bij de start`;
      if (check.fullSinceRound === round)
        return `${preference} raakte vol in ronde ${round}, voordat deze aanvraag aan de beurt was${tooFew}`;
      return `${preference} was vol na ronde ${check.fullSinceRound}${tooFew}`;
    }
    case 'cap_session':
      return `${preference}: jullie school zat aan het maximum aantal plaatsen per sessie`;
    case 'cap_offer':
      return `${preference}: jullie school zat aan het maximum aantal plaatsen voor dit aanbod`;
    case 'class_busy':
      return `${preference}: de klas heeft op dat moment al een andere activiteit`;
    case 'not_in_round':
      return `${preference} hoort niet bij deze ronde`;
    case 'placed':
      return `${preference} had plaats`;
  }
}

/** "Geplaatst in voorkeur 2 in ronde 3; voorkeur 1 was vol na ronde 2" (architecture §6). */
export function explainPlacement(placement: Omit<Placement, 'explanation'>): string {
  const passedOver = placement.checks
    .filter((check) => check.verdict !== 'placed')
    .map((check) => explainCheck(check, placement.draftRound, placement.seats));
  if (placement.preferenceRank !== null) {
    const head = `Geplaatst in voorkeur ${placement.preferenceRank} in ronde ${placement.draftRound}`;
    return [head, ...passedOver].join('; ');
  }
  if (placement.checks.length === 0)
    return `Niet geplaatst: de aanvraag had geen voorkeuren (beurt in ronde ${placement.draftRound})`;
  const head = `Niet geplaatst: toen deze aanvraag in ronde ${placement.draftRound} aan de beurt was, had geen voorkeur nog plaats`;
  return [head, ...passedOver].join('; ') + '. De aanvraag komt op de wachtlijst van voorkeur 1';
}

/** The explanation after the bureau moved a placement by hand; the draft's own one is kept. */
export function explainAdjustment(
  adjusted: { sessionId: string | null; preferenceRank: number | null; reason: string },
  draftExplanation: string,
): string {
  const where =
    adjusted.sessionId === null
      ? 'van de plaatsing gehaald en op de wachtlijst van voorkeur 1 gezet'
      : adjusted.preferenceRank !== null
        ? `geplaatst in voorkeur ${adjusted.preferenceRank}`
        : 'geplaatst in een sessie buiten de voorkeuren';
  return `Door het stagebureau ${where} (reden: ${adjusted.reason}). Uitkomst van de loting: ${draftExplanation}`;
}
