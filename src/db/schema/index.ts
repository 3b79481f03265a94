export * from './platform.js';
export * from './organization.js';
export * from './agreements.js';
export * from './agile-days.js';
export * from './workplaces.js';
