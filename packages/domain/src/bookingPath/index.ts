export * from './effects';
export * from './sources';
export * from './decide';
export * from './transition';
