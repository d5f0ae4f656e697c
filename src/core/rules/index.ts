export * from './localize-rule-finding.js';
export * from './rule-contract.js';
export * from './rule-message-key.js';
