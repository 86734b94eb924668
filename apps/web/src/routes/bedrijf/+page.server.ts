import { loadBookings } from '$lib/server/bookings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const upcoming = await loadBookings(locals, { from: new Date().toISOString() });
  return {
    requested: upcoming.filter((booking) => booking.status === 'requested'),
    confirmed: upcoming.filter((booking) => booking.status === 'confirmed').slice(0, 10),
  };
};
