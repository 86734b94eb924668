import type { NotificationFacts, PlacementFacts } from './facts';

/** Small readable facts for the placement messages' tests (issue 16). */
export const placement: PlacementFacts = {
  placementId: '44444444-4444-4444-8444-444444444444',
  placeTitle: 'Stage <b>installatietechniek</b>',
  placeType: 'internship',
  companyName: 'Installatiebedrijf Noord',
  schoolName: 'Dr. Nassau College',
  startsOn: '2030-03-04',
  endsOn: '2030-03-28',
};

export const placementMessageFacts: NotificationFacts[] = [
  {
    kind: 'placement.signing_requested',
    placement,
    party: 'pupil',
    pupil: { pseudonym: 'L-ABC234', className: '3KB' },
    path: '/ondertekenen/secret-token',
    expiresAt: '2030-02-15T10:00:00Z',
  },
  {
    kind: 'placement.signed',
    placement,
    agreementHash: 'ab'.repeat(32),
  },
];
