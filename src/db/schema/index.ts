export * from './platform.js';
export * from './organization.js';
