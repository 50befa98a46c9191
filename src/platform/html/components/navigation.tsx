// Breadcrumbs and pagination: where am I, and how do I get to the next page of a list.
import { htmlMessages } from "../messages.ts";
import { usePage } from "../page-context.ts";

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
