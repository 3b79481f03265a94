/** The server's own lists of allowed values (pure modules: no server code comes with them). */
export { COMMUTE_MODES, CONTRACT_TYPES, EMPLOYEE_ROLES, WORK_PATTERNS } from '../../../src/modules/organization/domain/employee';
export { REGULATION_FIELDS, type RegulationField } from '../../../src/modules/organization/domain/regulation';
export { ROLES } from '../../../src/platform/actor';
export { CHARACTERISTICS, EXCLUSIONS, type Characteristic, type Exclusion } from '../../../src/modules/agreements/domain/remotability';
export { AGREEMENT_STATUSES, SIGNER_ROLES } from '../../../src/modules/agreements/domain/agreement';
export { PRIORITY_ORDER } from '../../../src/modules/agile-days/domain/bank';
export { AGILE_DAY_STATUSES, SPECIAL_SITUATIONS, VERIFICATION_OUTCOMES } from '../../../src/modules/agile-days/domain/agile-day';
export { BOOKING_STATUSES, EQUIPMENT_STATES, EQUIPMENT_TYPES, SITE_KINDS } from '../../../src/modules/workplaces/domain/kinds';
