// The start page: the entrance hall of the digital town hall.
import type { CatalogueSnapshot, ServiceEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import { Layout, usePage } from "../../platform/html/index.ts";
import { SearchForm } from "../catalogue-pages/search-page.tsx";
import { entryPoints, homeMessages } from "./messages.ts";

const MOST_USED = 8;

/** `mostUsed`: services ranked by measured use (portal/usage), best first. */
export function HomePage({ catalogue, mostUsed }: { catalogue: CatalogueSnapshot; mostUsed: readonly ServiceEntry[] }) {
  const { locale, site } = usePage();
  const m = homeMessages.in(locale);
  return (
    <Layout title={m.title}>
      <div class="st-hero">
        <h1 class="kern-heading-x-large">{m.heading(site.cityName)}</h1>
        <p class="kern-body kern-body--large">{m.lead}</p>
        <SearchForm query="" />
      </div>

      <section aria-labelledby="einstiege">
        <h2 class="kern-heading-large" id="einstiege">
          {m.entryHeading}
        </h2>
        <ul class="st-tiles">
          {entryPoints.map((e) => (
            <li>
              <a class="st-tile" href={e.href}>
                <span class="st-tile__title">{e[locale][0]}</span>
                <span class="st-tile__text">{e[locale][1]}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="haeufig">
        <h2 class="kern-heading-large" id="haeufig">
          {m.mostUsedHeading}
        </h2>
        <ul class="st-list-links">
          {mostUsed.slice(0, MOST_USED).map((s) => (
            <li>
              <a class="kern-link" href={`/leistungen/${s.id}`}>
                {localized(s.name, locale)}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a class="kern-link" href="/leistungen">
            {m.mostUsedAll}
          </a>
        </p>
      </section>

      <section aria-labelledby="lebenslagen">
        <h2 class="kern-heading-large" id="lebenslagen">
          {m.lifeHeading}
        </h2>
        <p class="kern-body">{m.lifeLead}</p>
        <ul class="st-tiles">
          {catalogue.lifeSituations.map((ls) => (
            <li>
              <a class="st-tile" href={`/lebenslagen/${ls.id}`}>
                <span class="st-tile__title">{localized(ls.name, locale)}</span>
                <span class="st-tile__text">{localized(ls.introduction, locale)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
