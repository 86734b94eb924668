/**
 * The bookings module's public face: other modules call these, never its repo. The booking
 * path (`placeBookingIn`, `applyTransition`) is the only way a booking is created or changed.
 */
export { confirmedActivitiesOf, schoolHasBookingOf, type AffectedActivity } from './activities';
export { applyTransition, orThrow, stateOf } from './apply';
export { schoolCapCheck } from './capCheck';
export { noteMovedTo } from './movedNote';
export { bookingsForExport } from './exportRows';
export {
  placeBookingIn,
  placeParticipantIn,
  type NewBooking,
  type NewParticipantBooking,
} from './path';
export { promoteInLockedSession } from './promotion';
export {
  findBooking,
  findSessionWithOffer,
  lockSchool,
  lockSession,
  type BookingRow,
} from './repo';
export {
  SessionChangeBlocked,
  cancelBookingsOfSession,
  confirmProposalBooking,
  moveBookingsWithSession,
  promoteWaitlist,
} from './sessionEffects';
