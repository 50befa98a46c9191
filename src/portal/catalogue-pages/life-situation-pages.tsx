// Life situations: the overview and one life situation with its services.
import type { CatalogueSnapshot, LifeSituationEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import { Breadcrumbs, Layout, usePage } from "../../platform/html/index.ts";
import { cataloguePageMessages } from "./messages.ts";
import { ServiceList } from "./service-pages.tsx";

export function LifeSituationsPage({ catalogue }: { catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const m = cataloguePageMessages.in(locale);
  return (
    <Layout title={m.lifeTitle} beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { label: m.lifeTitle }]} />}>
      <h1 class="kern-heading-x-large">{m.lifeTitle}</h1>
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
    </Layout>
  );
}

export function LifeSituationPage({ situation, catalogue }: { situation: LifeSituationEntry; catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const m = cataloguePageMessages.in(locale);
  const name = localized(situation.name, locale);
  const services = situation.serviceIds.map((id) => catalogue.services.get(id)).filter((s) => s !== undefined);
  return (
    <Layout
      title={name}
      narrow
      beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { href: "/lebenslagen", label: m.lifeTitle }, { label: name }]} />}
    >
      <h1 class="kern-heading-x-large">{name}</h1>
      <p class="kern-body kern-body--large">{localized(situation.introduction, locale)}</p>
      <h2 class="kern-heading-medium">{m.lifeServices}</h2>
      <ServiceList services={services} />
    </Layout>
  );
}
