/** An organisation's address, position and contact details (issue 21). */
export const orgDetailsNl = {
  'orgDetails.title': 'Gegevens van {name}',
  'orgDetails.intro':
    'Adres, ligging en contactgegevens. De ligging bepaalt de afstanden in de catalogus, bij stages en op de menukaart.',
  'orgDetails.address': 'Adres',
  'orgDetails.street': 'Straat en huisnummer',
  'orgDetails.postcode': 'Postcode',
  'orgDetails.city': 'Plaats',
  'orgDetails.position': 'Ligging',
  'orgDetails.positionHint':
    'Breedtegraad en lengtegraad in graden, bijvoorbeeld 52,9925 en 6,5649 (een kaartdienst toont ze bij een adres). Leeg: de ligging volgt uit het postcodegebied, als dat bekend is.',
  'orgDetails.latitude': 'Breedtegraad',
  'orgDetails.longitude': 'Lengtegraad',
  'orgDetails.onMap': 'Bekijk deze plek op OpenStreetMap',
  'orgDetails.contact': 'Contact',
  'orgDetails.email': 'E-mailadres',
  'orgDetails.phone': 'Telefoonnummer',
  'orgDetails.website': 'Website',
  'orgDetails.save': 'Gegevens opslaan',
  'orgDetails.saved': 'De gegevens zijn opgeslagen',
  'orgDetails.link': 'Gegevens',
  'nav.orgDetails': 'Onze gegevens',
};
