export * from './agreement';
export * from './signatures';
export * from './signing';
export * from './contracts';
export { defaultAgreementTemplate } from './template';
