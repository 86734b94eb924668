export * from './matching';
export * from './explain';
export * from './contract';
