import { describe, expect, it } from 'vitest';
import { bookingLinkFor } from './deepLinks';

const followed = (role: Parameters<typeof bookingLinkFor>[0]) => {
  try {
    bookingLinkFor(role, 'b1');
  } catch (thrown) {
    return thrown as { status: number; location: string };
  }
  throw new Error('no redirect');
};

describe('bookingLinkFor', () => {
  it('when a school user follows a calendar link, then it lands on the booking in its list', () => {
    expect(followed('teacher')).toMatchObject({
      status: 303,
      location: '/school/boekingen#boeking-b1',
    });
  });

  it('when a company or bureau user follows it, then each lands where it sees that booking', () => {
    expect(followed('company_member').location).toBe('/bedrijf/sessies');
    expect(followed('bureau_staff').location).toBe('/bureau/audit?entity=booking&entityId=b1');
  });
});
