export * from './kinds';
export * from './facts';
export * from './escape';
export * from './format';
export * from './workingDays';
export * from './render';
export * from './events';
export * from './bookingEvents';
