export * from './read-responses.js';
export * from './summarize-survey.js';
export * from './survey-definition.js';
