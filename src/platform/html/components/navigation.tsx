// Main navigation, breadcrumbs and pagination: where can I go, where am I, and how do I get to the next page of a list.
import { htmlMessages } from "../messages.ts";
import { usePage, type NavLink } from "../page-context.ts";

/** Whether `href` is the page at `path` or one of its sub-pages (the start page only matches itself). */
export function isCurrentPath(path: string, href: string): boolean {
  const p = path.split("?")[0] ?? "/";
  return href === "/" ? p === "/" : p === href || p.startsWith(href + "/");
}

/**
 * The site's main navigation. On phones a "Menü" disclosure (<details>: the browser gives the summary its
 * button role and expanded state, keyboard included, without JavaScript); on wide screens app.css shows the
 * links as a horizontal bar and hides the summary. One list in the page, so screen readers meet it once.
 */
export function MainNav({ links }: { links: NavLink[] }) {
  const { locale, path } = usePage();
  const m = htmlMessages.in(locale);
  if (links.length === 0) return null;
  return (
    <details class="st-menu">
      <summary class="st-menu__toggle">
        <span class="kern-container st-menu__bar">
          <span class="kern-icon kern-icon--dehaze st-menu__icon st-menu__icon--closed" aria-hidden="true" />
          <span class="kern-icon kern-icon--close st-menu__icon st-menu__icon--open" aria-hidden="true" />
          <span class="st-menu__label">{m.menu}</span>
        </span>
      </summary>
      <nav class="st-mainnav" aria-label={m.mainNav}>
        <ul class="kern-container">
          {links.map((link) => (
            <li>
              <a href={link.href} aria-current={isCurrentPath(path, link.href) ? "page" : undefined}>
                {link.label[locale]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}

export interface Crumb {
  href?: string;
  label: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const m = htmlMessages.in(usePage().locale);
  return (
    <nav class="st-breadcrumbs" aria-label={m.breadcrumbs}>
      <ol>
        {items.map((c, i) =>
          c.href && i < items.length - 1 ? (
            <li>
              <a class="kern-link" href={c.href}>
                {c.label}
              </a>
            </li>
          ) : (
            <li aria-current="page">{c.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}

/** Numbered page links; `hrefFor` builds the URL of a page so filters in the query survive. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const m = htmlMessages.in(usePage().locale);
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav class="st-pagination" aria-label={m.pagination}>
      <ul>
        {page > 1 ? (
          <li>
            <a class="kern-link" href={hrefFor(page - 1)} rel="prev">
              {m.previous}
            </a>
          </li>
        ) : null}
        {shown.map((p, i) => (
          <>
            {i > 0 && p - shown[i - 1]! > 1 ? <li aria-hidden="true">…</li> : null}
            <li>
              {p === page ? (
                <span aria-current="page">
                  <span class="kern-sr-only">{m.pageOf(p, pages)}</span>
                  <span aria-hidden="true">{p}</span>
                </span>
              ) : (
                <a class="kern-link" href={hrefFor(p)} aria-label={m.page(p)}>
                  {p}
                </a>
              )}
            </li>
          </>
        ))}
        {page < pages ? (
          <li>
            <a class="kern-link" href={hrefFor(page + 1)} rel="next">
              {m.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
