// Life situations: the overview and one life situation with its ordered steps and its services.
import type { CatalogueSnapshot, LifeSituationEntry, ServiceEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import { Breadcrumbs, Layout, usePage } from "../../platform/html/index.ts";
import { fallbackLang } from "./localized-text.ts";
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
              <span class="st-tile__title" lang={fallbackLang(ls.name, locale)}>
                {localized(ls.name, locale)}
              </span>
              <span class="st-tile__text" lang={fallbackLang(ls.introduction, locale)}>
                {localized(ls.introduction, locale)}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

function servicesOf(ids: readonly string[], catalogue: CatalogueSnapshot): ServiceEntry[] {
  return ids.map((id) => catalogue.services.get(id)).filter((s) => s !== undefined);
}

export function LifeSituationPage({ situation, catalogue }: { situation: LifeSituationEntry; catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const m = cataloguePageMessages.in(locale);
  const name = localized(situation.name, locale);
  const primary = servicesOf(situation.primaryServiceIds, catalogue);
  const secondary = servicesOf(situation.secondaryServiceIds, catalogue);
  return (
    <Layout
      title={name}
      narrow
      beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { href: "/lebenslagen", label: m.lifeTitle }, { label: name }]} />}
    >
      <h1 class="kern-heading-x-large" lang={fallbackLang(situation.name, locale)}>
        {name}
      </h1>
      <p class="kern-body kern-body--large" lang={fallbackLang(situation.introduction, locale)}>
        {localized(situation.introduction, locale)}
      </p>
      {situation.steps.length > 0 ? (
        <section aria-labelledby="schritte">
          <h2 class="kern-heading-medium" id="schritte">
            {m.lifeSteps}
          </h2>
          <ol class="st-steps">
            {situation.steps.map((step) => (
              <li class="st-step">
                <h3 class="kern-heading-small" lang={fallbackLang(step.title, locale)}>
                  {localized(step.title, locale)}
                </h3>
                {step.text ? (
                  <p class="kern-body" lang={fallbackLang(step.text, locale)}>
                    {localized(step.text, locale)}
                  </p>
                ) : null}
                <ServiceList services={servicesOf(step.serviceIds, catalogue)} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {primary.length > 0 ? (
        <section aria-labelledby="erledigen">
          <h2 class="kern-heading-medium" id="erledigen">
            {m.lifePrimary}
          </h2>
          <ServiceList services={primary} />
        </section>
      ) : null}
      {secondary.length > 0 ? (
        <section aria-labelledby="auch-wichtig">
          <h2 class="kern-heading-medium" id="auch-wichtig">
            {m.lifeSecondary}
          </h2>
          <ServiceList services={secondary} />
        </section>
      ) : null}
    </Layout>
  );
}
