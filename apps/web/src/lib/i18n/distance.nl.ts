/** Distance filters (issue 21): from a school location or a postcode, within a number of km. */
export const distanceNl = {
  'distance.near': 'Afstand vanaf',
  'distance.nearNone': 'Niet op afstand sorteren',
  'distance.nearPostcode': 'Afstand vanaf postcode',
  'distance.nearPostcodeHint': 'Bijvoorbeeld 9401 of 9401 AB',
  'distance.maxKm': 'Maximaal',
  'distance.anyKm': 'Elke afstand',
  'distance.km': '{km} km',
  'distance.kmAway': '{km} km hemelsbreed',
  'distance.sortedHint': 'Dichtstbijzijnde eerst. Online aanbod telt altijd mee.',
  'distance.nearestFirst': 'Dichtstbijzijnde eerst',
};
