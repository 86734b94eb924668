export * from './vocabulary';
export * from './period';
export * from './rules';
export * from './followUp';
export * from './demand';
