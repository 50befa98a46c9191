// What every page needs to know about the request it answers, handed down through preact context
// so that components deep in a page can reach it without each page passing it along.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Locale } from "../i18n/index.ts";

export interface NavLink {
  href: string;
  label: Record<Locale, string>;
}

/** The site's frame: set once by the app (portal), drawn by the layout. */
export interface SiteChrome {
  cityName: string;
  /** Line in the official-site bar above the header. */
  officialLabel: Record<Locale, string>;
  mainNav: NavLink[];
  footerNav: NavLink[];
}

/** The logged-in person as the header shows them; filled in by whoever knows about accounts (portal). */
export interface Viewer {
  displayName: string;
  /** Links of the personal area, e.g. "Mein Konto", "Postkorb (2)". */
  links: NavLink[];
  /** Where the logout form posts to. */
  logoutAction: string;
}

export interface PageContext {
  locale: Locale;
  /** Path and query of the current request, for the language switch and the current navigation item. */
  path: string;
  site: SiteChrome;
  /** The CSRF token for forms on this page (sets the cookie on first use). */
  csrfToken(): string;
  /** Who is logged in, if anyone. */
  viewer: Viewer | undefined;
  /** Appended to asset URLs so browsers may cache them forever. */
  assetVersion: string;
}

export const PageContextHolder = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const ctx = useContext(PageContextHolder);
  if (!ctx) throw new Error("page rendered outside renderPage()");
  return ctx;
}
