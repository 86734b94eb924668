import { isBureau, organisationKindOf, type Role } from '@stagebureau/domain';
import type { Pathname } from '$app/types';
import type { MessageKey } from './i18n';

export interface NavItem {
  href: Pathname;
  label: MessageKey;
  /** Only for these roles of the area (e.g. inviting colleagues: the organisation's admin). */
  roles?: readonly Role[];
}

export type Area = 'public' | 'school' | 'company' | 'bureau';

const publicNav: NavItem[] = [
  { href: '/', label: 'nav.home' },
  { href: '/catalogus', label: 'nav.catalogue' },
  { href: '/jaarkalender', label: 'nav.yearCalendar' },
  { href: '/menukaart', label: 'nav.menuCard' },
];

const areaNav: Record<Exclude<Area, 'public'>, NavItem[]> = {
  school: [
    { href: '/school', label: 'nav.dashboard' },
    { href: '/school/klassen', label: 'nav.classes' },
    { href: '/catalogus', label: 'nav.catalogue' },
    { href: '/school/boekingen', label: 'nav.bookings' },
    { href: '/school/vragen', label: 'nav.demand' },
    { href: '/school/stages', label: 'nav.stages' },
    { href: '/school/docentenstage', label: 'nav.teacherInternship' },
    { href: '/school/toewijzingsrondes', label: 'nav.allocationRounds' },
    { href: '/school/agenda', label: 'nav.feeds' },
    { href: '/school/collegas', label: 'nav.colleagues', roles: ['school_coordinator'] },
    { href: '/school/gegevens', label: 'nav.orgDetails', roles: ['school_coordinator'] },
    { href: '/school/actiepunten', label: 'nav.followUps', roles: ['school_coordinator'] },
    { href: '/school/jaarplanning', label: 'yearPlan.nav' },
    { href: '/bibliotheek', label: 'nav.library' },
  ],
  company: [
    { href: '/bedrijf', label: 'nav.dashboard' },
    { href: '/bedrijf/aanbod', label: 'nav.offers' },
    { href: '/bedrijf/sessies', label: 'nav.sessions' },
    { href: '/bedrijf/aanvragen', label: 'nav.requests' },
    { href: '/bedrijf/vragen', label: 'nav.demand' },
    { href: '/bedrijf/stageplaatsen', label: 'nav.places' },
    { href: '/bedrijf/documenten', label: 'nav.documents' },
    { href: '/bedrijf/afspraken', label: 'nav.agreements' },
    { href: '/bedrijf/agenda', label: 'nav.calendar' },
    { href: '/bedrijf/collegas', label: 'nav.colleagues', roles: ['company_admin'] },
    { href: '/bedrijf/gegevens', label: 'nav.orgDetails', roles: ['company_admin'] },
    { href: '/bedrijf/jaarplanning', label: 'yearPlan.nav' },
    { href: '/bibliotheek', label: 'nav.library' },
  ],
  bureau: [
    { href: '/bureau', label: 'nav.dashboard' },
    { href: '/bureau/organisaties', label: 'nav.organisations' },
    { href: '/bureau/actiepunten', label: 'nav.followUps' },
    { href: '/bureau/aanmeldingen', label: 'nav.registrations' },
    { href: '/bureau/documenten', label: 'nav.documents' },
    { href: '/bureau/regio', label: 'nav.regionSettings' },
    { href: '/bureau/import', label: 'nav.imports', roles: ['bureau_admin'] },
    { href: '/bureau/blokkades', label: 'nav.blackouts' },
    { href: '/bureau/audit', label: 'nav.audit' },
    { href: '/bureau/conflicten', label: 'nav.conflicts' },
    { href: '/bureau/toewijzingsrondes', label: 'nav.allocationRounds' },
    { href: '/bureau/menukaart', label: 'nav.menuCard' },
    { href: '/bureau/agenda', label: 'nav.feeds' },
    { href: '/bureau/rapportages', label: 'nav.reports' },
    { href: '/bureau/erkenning', label: 'nav.recognition' },
    { href: '/bureau/doelen', label: 'nav.targets' },
    { href: '/bibliotheek', label: 'nav.library' },
  ],
};

export function areaOf(role: Role | null | undefined): Area {
  if (!role) return 'public';
  if (isBureau(role)) return 'bureau';
  return organisationKindOf(role) ?? 'public';
}

/** Where a user lands after logging in. */
export const homeOf = (role: Role): Pathname =>
  areaNav[areaOf(role) as Exclude<Area, 'public'>]?.[0]?.href ?? '/';

export function navigationFor(role: Role | null | undefined): NavItem[] {
  const area = areaOf(role);
  if (area === 'public') return publicNav;
  return areaNav[area].filter((item) => !item.roles || (role && item.roles.includes(role)));
}

/** The entry to mark as current: the longest href that prefixes the path. */
export function currentHref(items: NavItem[], pathname: string): string | null {
  const matches = items.filter(
    (item) => pathname === item.href || (item.href !== '/' && pathname.startsWith(`${item.href}/`)),
  );
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
