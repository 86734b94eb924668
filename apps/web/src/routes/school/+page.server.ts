import { loadBookings } from '$lib/server/bookings';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
  upcoming: (await loadBookings(locals, { from: new Date().toISOString() }))
    .filter((booking) => ['confirmed', 'requested', 'waitlisted'].includes(booking.status))
    .slice(0, 10),
});
