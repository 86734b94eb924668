export * from './vocabulary';
export * from './period';
export * from './rules';
