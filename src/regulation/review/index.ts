export { annotateDocx, type AnnotateDocxResult, type CheckedDraft } from './annotate-docx.js';
export { draftToDocx } from './draft-to-docx.js';
export { reviewAuthor } from './review-author.js';
export { reviewDraft } from './review-draft.js';
