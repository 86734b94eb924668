export * from './vocabulary';
export * from './recognition';
