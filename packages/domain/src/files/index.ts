export * from './limits';
export * from './fileTypes';
export * from './fileName';
export * from './sniff';
export * from './upload';
export * from './disposition';
export * from './keys';
