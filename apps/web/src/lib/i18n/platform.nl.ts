/** Dutch messages for the platform administration: regions and their first bureau admin (issue 21). */
export const platformNl = {
  /** Shown in a region's audit log for changes made from above the region. */
  'role.platform_admin': 'Platformbeheerder',
  'platform.name': 'Platformbeheer',
  'platform.login.title': 'Inloggen voor platformbeheer',
  'platform.login.intro':
    'Alleen voor beheerders van het platform, die regio’s aanmaken. Werk je voor een stagebureau, school of bedrijf? Log dan in via de gewone inlogpagina.',
  'platform.login.regular': 'Naar de gewone inlogpagina',
  'platform.login.welcome': 'Welkom, {name}.',
  'platform.logout': 'Uitloggen',
  'platform.loggedOut': 'Je bent uitgelogd als platformbeheerder.',
  'platform.signedInAs': 'Ingelogd als {name}',
  'platform.nav.regions': 'Regio’s',
  'platform.nav.newRegion': 'Nieuwe regio',
  'platform.regions.title': 'Regio’s',
  'platform.regions.intro':
    'Elke regio heeft een eigen stagebureau, eigen scholen en bedrijven en eigen regels.',
  'platform.regions.empty': 'Er zijn nog geen regio’s.',
  'platform.regions.counts':
    '{organisations:organisatie|organisaties}, {users:gebruiker|gebruikers}',
  'platform.regions.slug': 'Korte naam',
  'platform.regions.holidayRegion': 'Vakantieregio',
  'platform.holiday.noord': 'Noord',
  'platform.holiday.midden': 'Midden',
  'platform.holiday.zuid': 'Zuid',
  'platform.create.title': 'Nieuwe regio',
  'platform.create.intro':
    'De regio krijgt de standaardregels; die pas je daarna aan. Nodig daarna de eerste beheerder van het stagebureau uit.',
  'platform.create.name': 'Naam',
  'platform.create.slug': 'Korte naam (in links)',
  'platform.create.slugHint':
    '3 tot 40 kleine letters en cijfers, woorden gescheiden door een streepje, bijvoorbeeld zuid-drenthe. Kan later niet meer veranderen. Leeg laten: afgeleid van de naam.',
  'platform.create.submit': 'Regio aanmaken',
  'platform.create.created': '{name} is aangemaakt.',
  'platform.detail.profile': 'Gegevens',
  'platform.detail.rules': 'Regels',
  'platform.detail.rulesHint': 'Leeg laten betekent geen maximum of geen doel.',
  'platform.detail.save': 'Opslaan',
  'platform.detail.saved': 'De regio is opgeslagen.',
  'platform.detail.created': 'Aangemaakt op {date}',
  'platform.settings.placementRetentionMonths':
    'Namen van leerlingen bewaren (maanden na het schooljaar)',
  'platform.settings.signingLinkDays': 'Ondertekenlink geldig (dagen)',
  'platform.settings.uploadMaxMb': 'Grootste upload (MB)',
  'platform.invite.title': 'Beheerder van het stagebureau uitnodigen',
  'platform.invite.intro':
    'Deze persoon krijgt een e-mail met een link om een wachtwoord te kiezen en richt daarna de regio in.',
  'platform.invite.email': 'E-mailadres',
  'platform.invite.name': 'Naam (optioneel)',
  'platform.invite.submit': 'Uitnodiging versturen',
  'platform.invite.sent': 'De uitnodiging voor {email} is verstuurd.',
  'platform.invite.link':
    'De uitnodiging is per e-mail verstuurd. Deze link werkt ook (eenmalig, geldig tot {date}):',
  'platform.invite.linkLabel': 'Uitnodigingslink',
} as const;
