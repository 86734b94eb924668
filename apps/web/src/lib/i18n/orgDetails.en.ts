import type { orgDetailsNl } from './orgDetails.nl';

/** English messages for an organisation's details (issue 21). */
export const orgDetailsEn: Record<keyof typeof orgDetailsNl, string> = {
  'orgDetails.title': 'Details of {name}',
  'orgDetails.intro':
    'Address, position and contact details. The position decides the distances in the catalogue, for internships and on the menu card.',
  'orgDetails.address': 'Address',
  'orgDetails.street': 'Street and number',
  'orgDetails.postcode': 'Postcode',
  'orgDetails.city': 'City',
  'orgDetails.position': 'Position',
  'orgDetails.positionHint':
    'Latitude and longitude in degrees, for example 52.9925 and 6.5649 (a map service shows them for an address). Empty: the position follows from the postcode area, when it is known.',
  'orgDetails.latitude': 'Latitude',
  'orgDetails.longitude': 'Longitude',
  'orgDetails.onMap': 'See this place on OpenStreetMap',
  'orgDetails.contact': 'Contact',
  'orgDetails.email': 'E-mail address',
  'orgDetails.phone': 'Phone number',
  'orgDetails.website': 'Website',
  'orgDetails.save': 'Save details',
  'orgDetails.saved': 'The details have been saved',
  'orgDetails.link': 'Details',
  'nav.orgDetails': 'Our details',
};
