/** Our own one-line guidance per requirement id (never the standard's text). */
export const GUIDANCE: Readonly<Record<string, string>> = {};
