// The search results page (GET /suche?q=…): a plain form and a list, no JavaScript needed. With
// JavaScript, search-suggest.js adds suggestions under the field; "Meinten Sie …?" offers a corrected query.
import type { ServiceEntry } from "../../kernel/catalogue/index.ts";
import type { MatchQuality } from "../../kernel/search/index.ts";
import { Breadcrumbs, Layout, usePage } from "../../platform/html/index.ts";
import { searchMessages } from "./search-messages.ts";
import { ServiceList } from "./service-pages.tsx";

export interface SearchPageProps {
  query: string;
  results: readonly ServiceEntry[];
  /** All matches; only the best `results` are shown. */
  total?: number;
  quality: MatchQuality;
  didYouMean?: string | undefined;
}

/** The search form; `data-suggest` tells search-suggest.js where to ask for suggestions. */
export function SearchForm({ query }: { query: string }) {
  const m = searchMessages.in(usePage().locale);
  return (
    <form class="st-search" action="/suche" method="get" role="search">
      <div class="kern-form-input">
        <label class="kern-label" for="q">
          {m.label}
        </label>
        <div class="kern-hint" id="q-hinweis">
          {m.hint}
        </div>
        <input
          class="kern-form-input__input"
          id="q"
          name="q"
          type="search"
          value={query}
          autocomplete="off"
          aria-describedby="q-hinweis"
          data-suggest="/api/v1/services/suggestions"
          data-suggest-label={m.suggestions}
        />
      </div>
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{m.button}</span>
      </button>
    </form>
  );
}

function NoResults({ query }: { query: string }) {
  const m = searchMessages.in(usePage().locale);
  return (
    <>
      <h2 class="kern-heading-medium">{m.noResults(query)}</h2>
      <p class="kern-body">{m.nextSteps}</p>
      <ul class="kern-list">
        <li>{m.stepSpelling}</li>
        <li>
          <a class="kern-link" href="/leistungen">
            {m.stepBrowse}
          </a>{" "}
          <a class="kern-link" href="/lebenslagen">
            {m.stepLife}
          </a>
          .
        </li>
        <li>{m.stepPhone}</li>
      </ul>
    </>
  );
}

export function SearchPage({ query, results, total, quality, didYouMean }: SearchPageProps) {
  const { locale } = usePage();
  const m = searchMessages.in(locale);
  return (
    <Layout title={query ? `${m.title}: ${query}` : m.title} beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { label: m.title }]} />}>
      <h1 class="kern-heading-x-large">{m.title}</h1>
      <SearchForm query={query} />
      <section aria-live="polite" class="st-search-results">
        {didYouMean && (
          <p class="kern-body kern-body--large st-did-you-mean">
            {m.didYouMean}{" "}
            <a class="kern-link" href={`/suche?q=${encodeURIComponent(didYouMean)}`}>
              {didYouMean}
            </a>
            ?
          </p>
        )}
        {query === "" ? (
          <p class="kern-body">{m.emptyQuery}</p>
        ) : results.length === 0 ? (
          <NoResults query={query} />
        ) : (
          <>
            <h2 class="kern-heading-medium">{m.results(total ?? results.length, query)}</h2>
            {quality === "weak" && <p class="kern-body">{m.weak}</p>}
            {total !== undefined && total > results.length && <p class="kern-body">{m.onlyBest(results.length)}</p>}
            <ServiceList services={results} />
          </>
        )}
      </section>
    </Layout>
  );
}
