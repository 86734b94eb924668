import type { distanceNl } from './distance.nl';

/** English messages for the distance filters (issue 21). */
export const distanceEn: Record<keyof typeof distanceNl, string> = {
  'distance.near': 'Distance from',
  'distance.nearNone': 'Do not sort by distance',
  'distance.nearPostcode': 'Distance from postcode',
  'distance.nearPostcodeHint': 'For example 9401 or 9401 AB',
  'distance.maxKm': 'At most',
  'distance.anyKm': 'Any distance',
  'distance.km': '{km} km',
  'distance.kmAway': '{km} km as the crow flies',
  'distance.sortedHint': 'Nearest first. Online offers always count.',
  'distance.nearestFirst': 'Nearest first',
};
