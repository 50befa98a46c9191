// The search results page (GET /suche?q=…): a plain form and a list, no JavaScript needed.
import type { ServiceEntry } from "../../kernel/catalogue/index.ts";
import { Breadcrumbs, Layout, usePage } from "../../platform/html/index.ts";
import { cataloguePageMessages } from "./messages.ts";
import { ServiceList } from "./service-pages.tsx";

export function SearchPage({ query, results }: { query: string; results: readonly ServiceEntry[] }) {
  const { locale } = usePage();
  const m = cataloguePageMessages.in(locale);
  return (
    <Layout title={query ? `${m.searchTitle}: ${query}` : m.searchTitle} beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { label: m.searchTitle }]} />}>
      <h1 class="kern-heading-x-large">{m.searchTitle}</h1>
      <form class="st-search" action="/suche" method="get" role="search">
        <div class="kern-form-input">
          <label class="kern-label" for="q">
            {m.searchLabel}
          </label>
          <input class="kern-form-input__input" id="q" name="q" type="search" value={query} />
        </div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{m.searchButton}</span>
        </button>
      </form>
      <section aria-live="polite">
        {query === "" ? (
          <p class="kern-body">{m.emptyQuery}</p>
        ) : results.length === 0 ? (
          <>
            <h2 class="kern-heading-medium">{m.noResults(query)}</h2>
            <p class="kern-body">{m.noResultsHelp}</p>
          </>
        ) : (
          <>
            <h2 class="kern-heading-medium">{m.results(results.length, query)}</h2>
            <ServiceList services={results} />
          </>
        )}
      </section>
    </Layout>
  );
}
