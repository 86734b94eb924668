import { loadBookings } from '$lib/server/bookings';
import { regionAwards } from '$lib/server/recognition';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const [upcoming, awards] = await Promise.all([
    loadBookings(locals, { from: new Date().toISOString() }),
    regionAwards(locals, url),
  ]);
  const companyId = locals.me?.organisation?.id;
  return {
    requested: upcoming.filter((booking) => booking.status === 'requested'),
    confirmed: upcoming.filter((booking) => booking.status === 'confirmed').slice(0, 10),
    // The company's own titles of leerbedrijf van het jaar, each with its certificate.
    awards: awards.filter((award) => award.companyId === companyId),
  };
};
