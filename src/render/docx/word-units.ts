/** Twentieths of a point, Word's unit of length, from millimetres. */
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** Half-points, Word's unit of type size. */
export const halfPoints = (points: number) => points * 2;

/** A4 in twips. */
export const a4 = { width: twips(210), height: twips(297) };
