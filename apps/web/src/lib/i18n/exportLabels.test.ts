import { describe, expect, it } from 'vitest';
import {
  bookingStatusLabels,
  bookingStatuses,
  placementStatusLabels,
  placementStatuses,
} from '@stagebureau/domain';
import { catalogues, type MessageKey } from './index';

/** The exports print status names from the domain; the web shows the same words. */
describe('status names in exports and on screen', () => {
  it('when a status is exported, then its name equals the web’s in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const messages = catalogues[language];
      for (const status of bookingStatuses)
        expect(bookingStatusLabels[status][language]).toBe(
          messages[`bookingStatus.${status}` as MessageKey],
        );
      for (const status of placementStatuses)
        expect(placementStatusLabels[status][language]).toBe(
          messages[`placements.phase.${status}` as MessageKey],
        );
    }
  });
});
