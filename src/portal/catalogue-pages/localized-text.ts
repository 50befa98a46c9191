// Catalogue texts in the page's language, and the lang attribute a German fallback needs on an English
// page, so that screen readers pronounce it as German (WCAG 3.1.2).
import type { LocalizedText } from "../../kernel/catalogue/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";

/** "de" when `text` falls back to German on a page in another language, else undefined (no attribute). */
export function fallbackLang(text: LocalizedText, locale: Locale): "de" | undefined {
  return locale !== "de" && text[locale] === undefined ? "de" : undefined;
}
