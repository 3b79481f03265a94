/**
 * The regulation's own rules (pure functions of the server's domain), run in the browser to
 * give live feedback while a form is filled in. The API applies them again on save.
 */
export { isRemotable, remotableShare } from '../../../src/modules/agreements/domain/remotability';
export { proposedQuota } from '../../../src/modules/agreements/domain/quota';
export { eligibility } from '../../../src/modules/agreements/domain/eligibility';
