export * from './tenancy';
export * from './people';
export * from './classes';
export * from './audit';
export * from './offers';
export * from './bookings';
export * from './feeds';
export * from './allocation';
