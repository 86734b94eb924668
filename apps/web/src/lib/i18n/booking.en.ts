import type { bookingNl } from './booking.nl';

/** English messages for booking a class (same keys as booking.nl.ts). */
export const bookingEn: Record<keyof typeof bookingNl, string> = {
  'book.title': 'Book for a class',
  'book.class': 'Class',
  'book.session': 'Session',
  'book.teachers': 'Accompanying teachers',
  'book.teachersHint': 'One name per line',
  'book.note': 'Note for the company',
  'book.submitWaitlist': 'Join the waiting list',
  'book.submit': 'Book',
  'book.noFittingClasses': 'None of your classes fits this offer.',
  'book.unfitTitle': 'Not listed, because the offer is not for them:',
  'book.unfit.level': 'other level',
  'book.unfit.schoolYear': 'other school year',
  'book.unfit.vmboProfile': 'other profile',
  'book.capException.intro':
    'Needed anyway? Ask the bureau to book this class beyond your school’s cap. The bureau decides and you will hear in your inbox.',
  'book.capException.reason': 'Why is this class needed anyway?',
  'book.capException.submit': 'Ask for an exception',
  'book.capException.sent':
    'Your request for an exception is with the bureau. You will hear in your inbox.',
  'book.noClasses': 'Your school has no classes yet. Add a class first.',
  'book.addClass': 'Add a class',
  'book.noSessions': 'There are no sessions to book.',
  'book.classOption': '{name} ({size} pupils)',
  'book.confirmed': 'Booked: {offer} for {class_}.',
  'book.waitlisted': 'The session is full: {class_} is on the waitlist (position {position}).',
  'book.requested': 'Requested: the company still has to approve the booking.',
  'book.error.session_full': 'This session is full and has no waitlist. Choose another session.',
  'book.error.class_busy':
    'This class already has a booking at that time. Choose another session or class.',
  'book.error.school_cap_reached': 'Your school has reached its cap ({used} of {limit}).',
  'book.error.booking_window_closed': 'Booking for this offer is not open yet.',
  'book.error.booking_window_opens': 'Booking opens {when}.',
  'book.error.audience_mismatch': 'This offer does not fit this class.',
};
