/**
 * Every server text in this locale, by message key (an error code, or `namespace.key`).
 * Written by `npm run i18n:extract` from the English definitions' translations; edit freely.
 */
export const messages: Record<string, string> = {};
