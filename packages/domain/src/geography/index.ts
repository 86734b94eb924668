export * from './postcodeAreas';
export * from './distance';
