export * from './survey-definition.js';
export * from './read-responses.js';
export * from './summarize-survey.js';
