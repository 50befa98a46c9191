// Public surface of platform/i18n.
export { defineMessages, locales, defaultLocale, isLocale, formatMoney, formatDate, type Locale, type Catalogue } from "./messages.ts";
export { localePlugin, safeReturnPath, setLocaleCookie, LOCALE_COOKIE } from "./locale-plugin.ts";
