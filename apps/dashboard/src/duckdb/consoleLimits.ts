/** Rows of a console result converted to JS objects and shown; the rest is only counted. */
export const SHOW = 1000;
