/** The report and prompt languages: Norwegian bokmål (default) and English. */
export const LANGS = ["nb", "en"] as const;
export type Lang = (typeof LANGS)[number];
