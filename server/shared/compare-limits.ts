/** How many governments a comparison takes (the picker, the URL and the API agree). */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;
