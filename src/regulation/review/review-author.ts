/** The author of the comments and tracked changes that `annotateDocx` writes: its own changes are no text yet. */
export const reviewAuthor = 'qujat';
