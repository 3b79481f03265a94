export * from './platform.js';
export * from './organization.js';
export * from './agreements.js';
