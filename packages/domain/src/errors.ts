/**
 * The error catalogue: every stable code the API can answer with, and its Dutch and English
 * title. HTTP statuses are mapped in the API's error plugin, not here.
 */
export const errorCatalogue = {
  validation_failed: { nl: 'De invoer is ongeldig', en: 'The input is invalid' },
  malformed_json: {
    nl: 'De aanvraag bevat geen geldige JSON',
    en: 'The request body is not valid JSON',
  },
  payload_too_large: { nl: 'De aanvraag is te groot', en: 'The request body is too large' },
  unsupported_media_type: {
    nl: 'Dit inhoudstype wordt niet ondersteund',
    en: 'Unsupported media type',
  },
  not_found: { nl: 'Niet gevonden', en: 'Not found' },
  unauthenticated: { nl: 'Je bent niet ingelogd', en: 'You are not logged in' },
  forbidden: { nl: 'Je hebt hier geen rechten voor', en: 'You are not allowed to do this' },
  invalid_credentials: {
    nl: 'E-mailadres of wachtwoord klopt niet',
    en: 'E-mail or password is wrong',
  },
  account_inactive: { nl: 'Dit account is niet actief', en: 'This account is not active' },
  sso_not_configured: {
    nl: 'Inloggen via een identiteitsprovider is voor deze regio niet ingesteld',
    en: 'Single sign-on is not configured for this region',
  },
  sso_state_invalid: {
    nl: 'Deze inlogpoging is onbekend, verlopen of al gebruikt; begin opnieuw bij Inloggen',
    en: 'This sign-in attempt is unknown, expired or already used; start again',
  },
  sso_code_invalid: {
    nl: 'De inlogcode van de identiteitsprovider is verlopen of al gebruikt; begin opnieuw bij Inloggen',
    en: 'The code from the identity provider expired or was already used; start again',
  },
  sso_wrong_audience: {
    nl: 'Het inlogbewijs van de identiteitsprovider is niet voor Stagebureau bestemd',
    en: 'The ID token from the identity provider was not issued for Stagebureau',
  },
  sso_wrong_nonce: {
    nl: 'Het inlogbewijs van de identiteitsprovider hoort niet bij deze inlogpoging',
    en: 'The ID token from the identity provider does not belong to this sign-in attempt',
  },
  sso_email_unverified: {
    nl: 'Je e-mailadres is bij de identiteitsprovider niet bevestigd; bevestig het daar of log in met je wachtwoord',
    en: 'Your e-mail address is not verified at the identity provider',
  },
  sso_account_unknown: {
    nl: 'Er is geen uitgenodigd account met dit e-mailadres in deze regio; vraag het stagebureau om een uitnodiging',
    en: 'No invited account has this e-mail address in this region; ask the bureau for an invitation',
  },
  sso_provider_failed: {
    nl: 'De identiteitsprovider is niet bereikbaar of weigerde de inlog; probeer het later opnieuw',
    en: 'The identity provider could not be reached or refused the sign-in; try again later',
  },
  refresh_token_invalid: {
    nl: 'Je sessie is verlopen; log opnieuw in',
    en: 'Your session expired; log in again',
  },
  rate_limited: {
    nl: 'Te veel pogingen; probeer het later opnieuw',
    en: 'Too many attempts; try again later',
  },
  invitation_invalid: {
    nl: 'Deze uitnodiging is ongeldig of verlopen',
    en: 'This invitation is invalid or expired',
  },
  email_taken: {
    nl: 'Dit e-mailadres is al in gebruik',
    en: 'This e-mail address is already in use',
  },
  conflict: {
    nl: 'Dit botst met de huidige toestand',
    en: 'This conflicts with the current state',
  },
  invalid_transition: {
    nl: 'Deze statuswijziging is niet toegestaan',
    en: 'This status change is not allowed',
  },
  duplicate: { nl: 'Dit bestaat al', en: 'This already exists' },
  kvk_registered: {
    nl: 'Dit KvK-nummer is al aangemeld in deze regio',
    en: 'This KvK number is already registered in this region',
  },
  idempotency_key_required: {
    nl: 'Idempotency-Key ontbreekt',
    en: 'Idempotency-Key header is required',
  },
  idempotency_key_reused: {
    nl: 'Deze Idempotency-Key is al gebruikt voor een andere aanvraag',
    en: 'This Idempotency-Key was used for a different request',
  },
  session_full: { nl: 'Deze sessie is vol', en: 'This session is full' },
  booking_window_closed: { nl: 'Boeken is (nog) niet mogelijk', en: 'Booking is not open' },
  class_busy: {
    nl: 'Deze klas heeft op dat moment al een boeking',
    en: 'This class is already booked at that time',
  },
  session_change_blocked: {
    nl: 'Een geboekte klas kan niet op het nieuwe tijdstip; het stagebureau is ingelicht',
    en: 'A booked class cannot come at the new time; the bureau has been told',
  },
  school_cap_reached: {
    nl: 'Het maximum voor jullie school is bereikt',
    en: 'Your school has reached its cap',
  },
  audience_mismatch: {
    nl: 'Dit aanbod past niet bij deze klas',
    en: 'This offer does not fit this class',
  },
  capacity_below_booked: {
    nl: 'De capaciteit kan niet lager dan het aantal geboekte plaatsen',
    en: 'Capacity cannot go below the booked seats',
  },
  series_too_long: {
    nl: 'Deze reeks bevat te veel sessies',
    en: 'This series has too many sessions',
  },
  quota_reached: {
    nl: 'Het quotum van dit aanbod is bereikt',
    en: 'The quota of this offer is reached',
  },
  outside_availability: {
    nl: 'Dit moment valt buiten de beschikbaarheid van het aanbod',
    en: "This time is outside the offer's availability",
  },
  wrong_booking_mode: {
    nl: 'Dit kan niet bij deze manier van boeken',
    en: 'Not possible for this booking mode',
  },
  allocation_window_closed: {
    nl: 'Aanvragen voor deze toewijzingsronde kan nu niet',
    en: 'The request window of this allocation round is not open',
  },
  allocation_round_not_ready: {
    nl: 'Deze stap kan nu niet in deze toewijzingsronde',
    en: 'This step is not possible in the allocation round now',
  },
  feedback_not_open: {
    nl: 'Feedback kan pas na een uitgevoerde activiteit',
    en: 'Feedback opens once the activity has taken place',
  },
  part_taken: {
    nl: 'Dit deel van de vraag is al door een ander bedrijf opgepakt',
    en: 'This part of the request has already been taken',
  },
  sign_up_closed: {
    nl: 'Intekenen op deze vraag kan niet (meer)',
    en: 'Signing up for this request is not possible',
  },
  outside_period: {
    nl: 'Dit moment past niet in de gevraagde periode',
    en: 'This moment does not fit the requested period',
  },
  participant_busy: {
    nl: 'Deze leerling of docent heeft in die periode al een stage',
    en: 'This pupil or teacher already has a placement in that period',
  },
  place_full: {
    nl: 'Alle stageplaatsen van deze periode zijn bezet',
    en: 'All places of this period are taken',
  },
  signing_link_invalid: {
    nl: 'Deze ondertekenlink is ongeldig, verlopen of al gebruikt',
    en: 'This signing link is invalid, expired or already used',
  },
  signatures_missing: {
    nl: 'De stageovereenkomst is nog niet door iedereen ondertekend',
    en: 'The internship agreement is not signed by every party yet',
  },
  outside_placement: {
    nl: 'Deze dag valt buiten de stage',
    en: 'This day is outside the placement',
  },
  compliance_documents_missing: {
    nl: 'Het bedrijf mist een verplicht document',
    en: 'The company lacks a required document',
  },
  file_too_large: {
    nl: 'Dit bestand is groter dan toegestaan',
    en: 'This file is larger than allowed',
  },
  file_type_not_allowed: {
    nl: 'Dit soort bestand kan niet worden geüpload',
    en: 'This kind of file cannot be uploaded',
  },
  file_content_mismatch: {
    nl: 'De inhoud van het bestand past niet bij de naam of het type',
    en: 'The file content does not match its name or type',
  },
  file_link_expired: {
    nl: 'Deze downloadlink is verlopen; vraag een nieuwe aan',
    en: 'This download link has expired; request a new one',
  },
  import_file_empty: {
    nl: 'Het bestand bevat geen gegevens',
    en: 'The file holds no data',
  },
  import_header_mismatch: {
    nl: 'De kolommen van het bestand kloppen niet',
    en: 'The columns of the file are not the expected ones',
  },
  import_rows_invalid: {
    nl: 'Sommige regels van het bestand zijn ongeldig; er is niets ingelezen',
    en: 'Some rows of the file are invalid; nothing was imported',
  },
  origin_unknown: {
    nl: 'Van deze plek kennen we de ligging niet; kies een andere schoollocatie of postcode',
    en: 'The position of this place is not known; choose another school location or postcode',
  },
  busy_try_again: { nl: 'Het is even druk; probeer het opnieuw', en: 'Busy; please try again' },
  service_unavailable: {
    nl: 'De dienst is tijdelijk niet beschikbaar',
    en: 'The service is temporarily unavailable',
  },
  internal_error: { nl: 'Er ging iets mis', en: 'Something went wrong' },
} as const satisfies Record<string, { nl: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];

/** A failure that crossed a layer boundary (service → route) as a thrown value with a code. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly meta?: Record<string, unknown>,
  ) {
    super(detail ?? errorCatalogue[code].en);
    this.name = 'DomainError';
  }
}
