export * from './agreement';
export * from './signatures';
export { defaultAgreementTemplate } from './template';
