/**
 * Size limits shared by the parser and the file readers, in a module of their own so that
 * reading a file does not load the parser (and Chevrotain) with it.
 */

/** Policies are hand-written documents; anything this large is a mistake or an attack. */
export const MAX_POLICY_CHARACTERS = 4 * 1024 * 1024;
