import type { Language } from '@stagebureau/domain';

type Labels = Record<string, { nl: string; en: string }>;

/** What an audit event is about, as a bureau employee names it. */
const entities: Labels = {
  booking: { nl: 'Boeking', en: 'Booking' },
  session: { nl: 'Sessie', en: 'Session' },
  offer: { nl: 'Aanbod', en: 'Offer' },
  conflict: { nl: 'Conflict', en: 'Conflict' },
  allocation_round: { nl: 'Toewijzingsronde', en: 'Allocation round' },
  allocation_request: { nl: 'Aanvraag in een ronde', en: 'Round request' },
  allocation_result: { nl: 'Uitkomst van een ronde', en: 'Round result' },
  blackout: { nl: 'Blokkade', en: 'Blackout' },
  region: { nl: 'Regio', en: 'Region' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  organisation_registration: { nl: 'Aanmelding', en: 'Registration' },
  invitation: { nl: 'Uitnodiging', en: 'Invitation' },
  user: { nl: 'Account', en: 'Account' },
  class: { nl: 'Klas', en: 'Class' },
  school_location: { nl: 'Schoollocatie', en: 'School location' },
  taxonomy_term: { nl: 'Sector of thema', en: 'Sector or theme' },
  feed: { nl: 'Agenda-abonnement', en: 'Calendar feed' },
  proposal: { nl: 'Voorstel voor een moment', en: 'Time proposal' },
  feedback: { nl: 'Beoordeling', en: 'Rating' },
  menu_card: { nl: 'Menukaart', en: 'Menu card' },
  request: { nl: 'Vraag', en: 'Request' },
  sign_up: { nl: 'Aanmelding op een vraag', en: 'Sign-up' },
  part_proposal: { nl: 'Voorstel voor een deel', en: 'Part proposal' },
  internship_place: { nl: 'Stageplaats', en: 'Internship place' },
  participant: { nl: 'Leerling', en: 'Pupil' },
  placement: { nl: 'Plaatsing', en: 'Placement' },
  placement_preference: { nl: 'Stagevoorkeur', en: 'Placement preference' },
  placement_evaluation: { nl: 'Stagebeoordeling', en: 'Placement evaluation' },
  attendance_week: { nl: 'Stageweek', en: 'Internship week' },
  compliance_document: { nl: 'Document', en: 'Document' },
  material: { nl: 'Lesmateriaal', en: 'Material' },
  import: { nl: 'Import', en: 'Import' },
};

/** What happened, by the last word of the action code (`booking.requested` → requested). */
const actions: Labels = {
  accept: { nl: 'geaccepteerd', en: 'accepted' },
  accepted: { nl: 'geaccepteerd', en: 'accepted' },
  adjust: { nl: 'aangepast', en: 'adjusted' },
  apply: { nl: 'ingelezen', en: 'imported' },
  approve: { nl: 'goedgekeurd', en: 'approved' },
  approved: { nl: 'goedgekeurd', en: 'approved' },
  archive: { nl: 'gearchiveerd', en: 'archived' },
  cancelled: { nl: 'geannuleerd', en: 'cancelled' },
  changed: { nl: 'gewijzigd', en: 'changed' },
  update: { nl: 'gewijzigd', en: 'changed' },
  updated: { nl: 'gewijzigd', en: 'changed' },
  status_change: { nl: 'status gewijzigd', en: 'status changed' },
  settings_update: { nl: 'instellingen gewijzigd', en: 'settings changed' },
  completed: { nl: 'afgerond', en: 'completed' },
  confirmed: { nl: 'bevestigd', en: 'confirmed' },
  create: { nl: 'aangemaakt', en: 'created' },
  created: { nl: 'aangemaakt', en: 'created' },
  declined: { nl: 'afgewezen', en: 'declined' },
  declined_next_choice: {
    nl: 'afgewezen, volgende keuze voorgesteld',
    en: 'declined, next choice proposed',
  },
  reject: { nl: 'afgewezen', en: 'rejected' },
  rejected: { nl: 'afgewezen', en: 'rejected' },
  delete: { nl: 'verwijderd', en: 'deleted' },
  deleted: { nl: 'verwijderd', en: 'deleted' },
  removed: { nl: 'verwijderd', en: 'removed' },
  dismissed: { nl: 'terzijde gelegd', en: 'dismissed' },
  download_link_issued: { nl: 'downloadlink gemaakt', en: 'download link issued' },
  erase_personal_data: { nl: 'persoonsgegevens gewist', en: 'personal data erased' },
  erased: { nl: 'persoonsgegevens gewist', en: 'personal data erased' },
  escalated: { nl: 'doorgezet naar het stagebureau', en: 'escalated to the bureau' },
  expired: { nl: 'verlopen', en: 'expired' },
  expiry_reminded: { nl: 'herinnering over de vervaldatum', en: 'expiry reminder sent' },
  reminded: { nl: 'herinnering gestuurd', en: 'reminder sent' },
  merged: { nl: 'samengevoegd', en: 'merged' },
  moved: { nl: 'verplaatst', en: 'moved' },
  booking_moved: { nl: 'boeking verplaatst', en: 'booking moved' },
  moved_with_session: { nl: 'verplaatst met de sessie', en: 'moved with its session' },
  no_show: { nl: 'niet verschenen', en: 'no-show' },
  offered: { nl: 'plaatsen aangeboden', en: 'seats offered' },
  proposed: { nl: 'voorgesteld', en: 'proposed' },
  publish: { nl: 'gepubliceerd', en: 'published' },
  published: { nl: 'gepubliceerd', en: 'published' },
  read: { nl: 'ingezien', en: 'viewed' },
  refresh_token_reuse_detected: {
    nl: 'hergebruik van een oude sessie ontdekt (alle sessies beëindigd)',
    en: 'reuse of an old session detected (all sessions ended)',
  },
  registered: { nl: 'aangemeld', en: 'registered' },
  requested: { nl: 'aangevraagd', en: 'requested' },
  resolved: { nl: 'opgelost', en: 'resolved' },
  revoke: { nl: 'ingetrokken', en: 'revoked' },
  rotate: { nl: 'nieuwe link gemaakt', en: 'link renewed' },
  link_renewed: { nl: 'nieuwe link gemaakt', en: 'link renewed' },
  run: { nl: 'loting uitgevoerd', en: 'draw run' },
  sent: { nl: 'verstuurd', en: 'sent' },
  signed: { nl: 'ondertekend', en: 'signed' },
  sso_identity_linked: {
    nl: 'gekoppeld aan inloggen via de school',
    en: 'linked to single sign-on',
  },
  submitted: { nl: 'ingediend', en: 'submitted' },
  version_added: { nl: 'nieuwe versie', en: 'new version' },
  waitlisted: { nl: 'op de wachtlijst', en: 'waitlisted' },
  withdraw: { nl: 'ingetrokken', en: 'withdrawn' },
  withdrawn: { nl: 'ingetrokken', en: 'withdrawn' },
  absence_reported: { nl: 'afwezigheid gemeld', en: 'absence reported' },
  cap_exception_granted: { nl: 'uitzondering op het maximum gegeven', en: 'cap exception granted' },
  cap_exception_requested: {
    nl: 'uitzondering op het maximum gevraagd',
    en: 'cap exception requested',
  },
  extra_session_requested: { nl: 'extra sessie gevraagd', en: 'extra session requested' },
};

/** A code nobody named yet, still readable: `some_new_thing` → "some new thing". */
const readable = (code: string) => code.replaceAll('_', ' ');

/** "Boeking · aangevraagd" for entity `booking` and action `booking.requested`. */
export function auditWhat(entity: string, action: string, language: Language): string {
  const verb = action.split('.').at(-1) ?? action;
  const what = entities[entity]?.[language] ?? readable(entity);
  return `${what} · ${actions[verb]?.[language] ?? readable(verb)}`;
}
