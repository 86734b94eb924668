import { describe, expect, test } from 'vitest';
import { areaOf, currentHref, homeOf, navigationFor } from './navigation';

describe('navigation per role', () => {
  test('when nobody is logged in, then the public entries are shown', () => {
    expect(navigationFor(null).map((item) => item.href)).toEqual([
      '/',
      '/catalogus',
      '/jaarkalender',
      '/menukaart',
    ]);
  });

  test('when each role logs in, then it lands in its own area', () => {
    expect(homeOf('school_coordinator')).toBe('/school');
    expect(homeOf('teacher')).toBe('/school');
    expect(homeOf('company_admin')).toBe('/bedrijf');
    expect(homeOf('bureau_staff')).toBe('/bureau');
    expect(areaOf('company_member')).toBe('company');
  });

  test('when the bureau looks at its menu, then the later pages already have entries', () => {
    const hrefs = navigationFor('bureau_admin').map((item) => item.href);
    expect(hrefs).toContain('/bureau/conflicten');
    expect(hrefs).toContain('/bureau/toewijzingsrondes');
    expect(hrefs).toContain('/bureau/rapportages');
    expect(hrefs).toContain('/bureau/menukaart');
  });

  test('when schools and companies log in, then both find the requests of the menu card', () => {
    expect(navigationFor('school_coordinator').map((item) => item.href)).toContain(
      '/school/vragen',
    );
    expect(navigationFor('company_admin').map((item) => item.href)).toContain('/bedrijf/vragen');
  });

  test("when an organisation's admin logs in, then inviting colleagues is in the menu; for others not", () => {
    const hrefs = (role: Parameters<typeof navigationFor>[0]) =>
      navigationFor(role).map((item) => item.href);
    expect(hrefs('company_admin')).toContain('/bedrijf/collegas');
    expect(hrefs('company_member')).not.toContain('/bedrijf/collegas');
    expect(hrefs('school_coordinator')).toContain('/school/collegas');
    expect(hrefs('teacher')).not.toContain('/school/collegas');
    expect(hrefs('bureau_staff')).toContain('/bureau/aanmeldingen');
  });

  test('when a sub page is open, then its section is the current entry, not the dashboard', () => {
    const items = navigationFor('school_coordinator');
    expect(currentHref(items, '/school/klassen/123')).toBe('/school/klassen');
    expect(currentHref(items, '/school')).toBe('/school');
  });
});
