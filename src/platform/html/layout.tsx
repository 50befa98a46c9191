// The site frame around every page: skip link, official-site bar, header with account, language switch and
// main navigation (a "Menü" disclosure on phones), <main>, footer. Plain HTML, so it works without JavaScript
// and with one banner landmark.
import type { ComponentChildren } from "preact";
import { htmlMessages } from "./messages.ts";
import { CsrfField } from "./components/form-fields.tsx";
import { MainNav, isCurrentPath } from "./components/navigation.tsx";
import { usePage } from "./page-context.ts";
import type { Locale } from "../i18n/index.ts";

export interface LayoutProps {
  title: string;
  children: ComponentChildren;
  /** Shown above the heading, e.g. <Breadcrumbs>. */
  beforeContent?: ComponentChildren;
  /** Narrow text column for forms and reading pages. */
  narrow?: boolean;
}

export function Layout({ title, children, beforeContent, narrow }: LayoutProps) {
  const page = usePage();
  const m = htmlMessages.in(page.locale);
  const other: Locale = page.locale === "de" ? "en" : "de";
  const v = page.assetVersion;
  return (
    <html lang={page.locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${m.titleSuffix(page.site.cityName)}`}</title>
        <link rel="stylesheet" href={`/assets/kern/fonts/fira-sans.css?v=${v}`} />
        <link rel="stylesheet" href={`/assets/kern/kern.min.css?v=${v}`} />
        <link rel="stylesheet" href={`/assets/app.css?v=${v}`} />
        <link rel="icon" href={`/assets/favicon.svg?v=${v}`} type="image/svg+xml" />
        <script src={`/assets/app.js?v=${v}`} defer />
        <script src={`/assets/search-suggest.js?v=${v}`} defer />
      </head>
      <body>
        <a class="st-skip-link" href="#inhalt">
          {m.skipLink}
        </a>
        <header class="st-header">
          <div class="kern-kopfzeile">
            <div class="kern-container kern-kopfzeile__content">
              <span class="kern-kopfzeile__flagge" aria-hidden="true">
                <svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 16" class="st-flag">
                  <path fill="#000" d="M0 .5h24v5.333H0z" />
                  <path fill="red" d="M0 5.833h24v5.333H0z" />
                  <path fill="#FACA2C" d="M0 11.167h24V16.5H0z" />
                </svg>
              </span>
              <span class="kern-kopfzeile__label">{page.site.officialLabel[page.locale]}</span>
            </div>
          </div>
          <div class="kern-container st-brandbar">
            <a class="st-brand" href="/" aria-label={m.homeLink(page.site.cityName)}>
              {/* The space keeps "Stadttor München" two words for the accessible name (WCAG 2.5.3 label in name). */}
              <span class="st-brand__name">Stadttor</span>{" "}
              <span class="st-brand__city">{page.site.cityName}</span>
            </a>
            <div class="st-tools">
              {/* The language switch comes first: on phones it stays beside the brand and the account gets a row of its own below. */}
              <div class="st-language" role="group" aria-label={m.languageSwitch}>
                <a
                  class="kern-link"
                  href={`/sprache/${other}?zurueck=${encodeURIComponent(page.path)}`}
                  hreflang={other}
                  lang={other}
                  aria-label={m.otherLanguageLabel}
                >
                  {m.otherLanguage}
                </a>
              </div>
              {page.viewer ? (
                <nav class="st-account" aria-label={m.accountNav}>
                  <span class="st-account__name">{m.loggedInAs(page.viewer.displayName)}</span>
                  <ul class="st-account__links">
                    {page.viewer.links.map((link) => (
                      <li>
                        <a class="kern-link" href={link.href} aria-current={isCurrentPath(page.path, link.href) ? "page" : undefined}>
                          {link.label[page.locale]}
                        </a>
                      </li>
                    ))}
                  </ul>
                  <form method="post" action={page.viewer.logoutAction} class="st-account__logout">
                    <CsrfField />
                    <button class="kern-btn kern-btn--secondary kern-btn--x-small" type="submit">
                      <span class="kern-label">{m.logout}</span>
                    </button>
                  </form>
                </nav>
              ) : null}
            </div>
          </div>
          <MainNav links={page.site.mainNav} />
        </header>
        <main id="inhalt" tabindex={-1} class={`kern-container st-main${narrow ? " st-main--narrow" : ""}`}>
          {beforeContent}
          {children}
        </main>
        <footer class="st-footer">
          <div class="kern-container">
            <nav aria-label={m.footerNav}>
              <ul class="st-footer__links">
                {page.site.footerNav.map((link) => (
                  <li>
                    <a class="kern-link" href={link.href}>
                      {link.label[page.locale]}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <p class="kern-body kern-body--small">{m.footerNote(page.site.cityName)}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
