export * from './queue';
export * from './suggestions';
