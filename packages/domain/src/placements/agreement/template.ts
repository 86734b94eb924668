/**
 * The built-in Dutch stageovereenkomst. A region may replace it with its own text (region
 * setting); both are plain text with `{placeholders}`, filled by `agreementText`.
 *
 * Layout conventions the PDF follows: the first line is the title, a line starting with
 * "Artikel " is a heading, a blank line separates paragraphs. Nothing else is markup, so the
 * text that is hashed is the text that is shown.
 *
 * Placeholders (an unknown one stays in the text as written; an empty value shows as "–"):
 * - `{region.name}`, `{placement.id}`
 * - `{school.name}`, `{school.city}`, `{school.signatoryRole}`
 * - `{company.name}`, `{company.address}`, `{company.city}`,
 *   `{company.location}` (address and city, the city left out when the address names it)
 * - `{participant.firstName}`, `{participant.surname}`, `{participant.fullName}`,
 *   `{participant.className}`, `{participant.level}`,
 *   `{participant.role}` ("leerling" or "docent")
 * - `{place.title}`, `{place.kind}` (the offer type in Dutch: "stage", "snuffelstage", …),
 *   `{place.startsOn}`, `{place.endsOn}` (Dutch long dates: "dinsdag 9 maart 2027"),
 *   `{place.days}` ("maandag t/m donderdag"), `{place.dayStarts}`, `{place.dayEnds}` (HH:MM),
 *   `{place.whatToBring}`
 * - `{supervisor.name}`, `{supervisor.email}`, `{supervisor.phone}`,
 *   `{supervisor.contact}` (e-mail, and the phone number when known)
 * - `{parties}`: the numbered list of the parties that sign (with the guardian for a minor)
 */
export const defaultAgreementTemplate = `Stageovereenkomst

{place.title} ({place.kind}), regio {region.name}
Kenmerk: {placement.id}

Artikel 1 – Partijen
De ondergetekenden:
{parties}
komen de volgende stage overeen.

Artikel 2 – Periode, dagen en tijden
De stage loopt van {place.startsOn} tot en met {place.endsOn}, op {place.days}, van {place.dayStarts} tot {place.dayEnds} uur. Op feestdagen is de stagiair vrij, tenzij partijen vooraf iets anders afspreken.

Artikel 3 – Werkplek en wat mee te nemen
De stagiair werkt bij {company.name}, {company.location}, als “{place.title}”. De stagiair neemt mee: {place.whatToBring}

Artikel 4 – Begeleiding
Het leerbedrijf wijst als praktijkbegeleider aan: {supervisor.name} ({supervisor.contact}). De praktijkbegeleider is volwassen, geeft de stagiair passende taken, instructie en een veilige werkplek, en bevestigt elke week de dagen waarop de stagiair aanwezig was. De {school.signatoryRole} van {school.name} begeleidt de stagiair namens de school en is aanspreekpunt voor het leerbedrijf.

Artikel 5 – Aard van de stage
De stage is een leerervaring en geen arbeidsovereenkomst; er is geen loon verschuldigd. Het leerbedrijf laat de stagiair alleen werk doen dat past bij het leerdoel en, bij een minderjarige stagiair, bij de regels voor jongeren in de Arbeidstijdenwet en de Arbowet.

Artikel 6 – Verzekering
De school heeft een ongevallen- en aansprakelijkheidsverzekering die ook tijdens de stage geldt. Het leerbedrijf heeft een bedrijfsaansprakelijkheidsverzekering die schade door of aan de stagiair tijdens de werkzaamheden dekt. Een partij meldt schade zo snel mogelijk aan de andere partijen.

Artikel 7 – Geheimhouding
De stagiair houdt geheim wat hij of zij tijdens de stage te weten komt over het leerbedrijf, de klanten en de medewerkers, voor zover dat vertrouwelijk is of zo moet worden begrepen. Dit geldt ook na de stage. Opdrachten voor school bespreekt de stagiair vooraf met de praktijkbegeleider.

Artikel 8 – Afwezigheid en tussentijds beëindigen
Bij ziekte of afwezigheid meldt de stagiair dit vóór het begin van de dag bij de praktijkbegeleider en bij de school; bij een minderjarige stagiair informeert de school ook de ouder of verzorger. Elke partij kan de stage tussentijds beëindigen na overleg met de andere partijen, of direct bij een ernstige reden zoals een onveilige situatie of ernstig wangedrag. De school zoekt dan met de stagiair naar een passende oplossing.

Artikel 9 – Privacy
Voor deze stage worden alleen de gegevens verwerkt die voor de overeenkomst nodig zijn: naam, klas en niveau van de stagiair en, bij een minderjarige, het e-mailadres van een ouder of verzorger voor de ondertekening. Het leerbedrijf gebruikt ze alleen voor deze stage. Na afloop van de bewaartermijn na het einde van het schooljaar worden de persoonsgegevens automatisch gewist; alleen anonieme tellingen blijven bewaard. Inzage, een kopie of eerder wissen vraagt een betrokkene aan bij de school.

Artikel 10 – Ondertekening
Partijen ondertekenen elektronisch met hun getypte naam en een uitdrukkelijke instemming. De namen, de tijdstippen en de SHA-256-controlewaarde van deze tekst staan op de pagina Ondertekening.
`;
