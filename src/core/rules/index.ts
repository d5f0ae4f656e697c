export * from './rule-contract.js';
export * from './rule-message-key.js';
export * from './localize-rule-finding.js';
