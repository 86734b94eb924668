export * from './vocabulary';
export * from './rules';
export * from './matching/index';
export * from './agreement/index';
export * from './privacy';
