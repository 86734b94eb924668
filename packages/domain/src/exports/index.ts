export * from './table';
export * from './csv';
export * from './labels';
export * from './tables';
