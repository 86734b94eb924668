export * from './vocabulary';
export * from './rules';
export * from './matching/index';
export * from './rounds';
export * from './agreement/index';
export * from './privacy';
export * from './attendance';
export * from './evaluation';
