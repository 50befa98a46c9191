// Message catalogues. Each module defines its own with `defineMessages`: German is the reference,
// and the type system makes every other language carry exactly the same keys and parameters.
export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

type Message = string | ((...args: never[]) => string) | Readonly<Record<string, string>>;
export type MessageShape = Record<string, Message>;

export interface Catalogue<M extends MessageShape> {
  /** The messages in one language. */
  in(locale: Locale): M;
}

export function defineMessages<M extends MessageShape>(catalogue: { de: M; en: NoInfer<M> }): Catalogue<M> {
  return { in: (locale) => catalogue[locale] };
}

/** Formats an amount in cents as the city writes money ("1.234,50 €" / "€1,234.50"). */
export function formatMoney(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { style: "currency", currency: "EUR" }).format(cents / 100);
}

export function formatDate(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }): string {
  return new Intl.DateTimeFormat(locale === "de" ? "de-DE" : "en-GB", { timeZone: "Europe/Berlin", ...options }).format(date);
}
