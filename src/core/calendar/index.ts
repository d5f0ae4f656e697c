export * from './iso-date.js';
export * from './working-calendar.js';
