export * from './vocabulary';
export * from './access';
export * from './links';
