// Services A–Z with letter navigation and the most used services first, and the service list pages share.
import type { CatalogueSnapshot, ServiceEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import { Breadcrumbs, Layout, usePage } from "../../platform/html/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import { fallbackLang } from "./localized-text.ts";
import { cataloguePageMessages } from "./messages.ts";

const MOST_USED = 6;

/** The letter a name is filed under: umlauts with their base letter (Ä → A), digits and signs under "#". */
export function letterOf(name: string): string {
  const first = name.normalize("NFD").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

function byLetter(services: readonly ServiceEntry[], locale: Locale): Map<string, ServiceEntry[]> {
  const groups = new Map<string, ServiceEntry[]>();
  for (const s of services) {
    const letter = letterOf(localized(s.name, locale));
    groups.set(letter, [...(groups.get(letter) ?? []), s]);
  }
  return groups;
}

export function ServicesPage({ catalogue, mostUsed }: { catalogue: CatalogueSnapshot; mostUsed: readonly ServiceEntry[] }) {
  const { locale } = usePage();
  const m = cataloguePageMessages.in(locale);
  const groups = byLetter(catalogue.alphabetical[locale], locale);
  return (
    <Layout title={m.servicesTitle} beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { label: m.servicesTitle }]} />}>
      <h1 class="kern-heading-x-large">{m.servicesTitle}</h1>
      <p class="kern-body">{m.servicesLead(catalogue.alphabetical[locale].length)}</p>
      <nav class="st-letters" aria-label={m.lettersNav}>
        <ul>
          {[...groups.keys()].map((letter) => (
            <li>
              <a class="kern-link" href={`#buchstabe-${letter === "#" ? "0" : letter}`}>
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {mostUsed.length > 0 ? (
        <section aria-labelledby="haeufig">
          <h2 class="kern-heading-medium" id="haeufig">
            {m.mostUsed}
          </h2>
          <ServiceList services={mostUsed.slice(0, MOST_USED)} />
        </section>
      ) : null}
      {[...groups].map(([letter, services]) => (
        <section aria-labelledby={`buchstabe-${letter === "#" ? "0" : letter}`}>
          <h2 class="kern-heading-medium" id={`buchstabe-${letter === "#" ? "0" : letter}`}>
            {letter}
          </h2>
          <ServiceList services={services} />
        </section>
      ))}
    </Layout>
  );
}

export function ServiceList({ services }: { services: readonly ServiceEntry[] }) {
  const { locale } = usePage();
  return (
    <ul class="kern-list st-service-list">
      {services.map((s) => (
        <li>
          <a class="kern-link" href={`/leistungen/${s.id}`} lang={fallbackLang(s.name, locale)}>
            {localized(s.name, locale)}
          </a>
          <br />
          <span class="kern-body kern-body--small" lang={fallbackLang(s.summary, locale)}>
            {localized(s.summary, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}
