// Services A–Z and the (first, short) service page, drawn from the in-memory catalogue snapshot.
import type { CatalogueSnapshot, ServiceEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import { Breadcrumbs, Layout, NotificationBanner, SummaryList, usePage } from "../../platform/html/index.ts";
import { cataloguePageMessages } from "./messages.ts";

export function ServicesPage({ catalogue }: { catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const m = cataloguePageMessages.in(locale);
  const sorted = [...catalogue.services.values()].sort((a, b) => localized(a.name, locale).localeCompare(localized(b.name, locale), locale));
  return (
    <Layout title={m.servicesTitle} beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { label: m.servicesTitle }]} />}>
      <h1 class="kern-heading-x-large">{m.servicesTitle}</h1>
      <p class="kern-body">{m.servicesLead(sorted.length)}</p>
      <ServiceList services={sorted} />
    </Layout>
  );
}

export function ServiceList({ services }: { services: readonly ServiceEntry[] }) {
  const { locale } = usePage();
  return (
    <ul class="kern-list st-service-list">
      {services.map((s) => (
        <li>
          <a class="kern-link" href={`/leistungen/${s.id}`}>
            {localized(s.name, locale)}
          </a>
          <br />
          <span class="kern-body kern-body--small">{localized(s.summary, locale)}</span>
        </li>
      ))}
    </ul>
  );
}

export function ServicePage({ service, catalogue }: { service: ServiceEntry; catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const m = cataloguePageMessages.in(locale);
  const name = localized(service.name, locale);
  const department = catalogue.departments.get(service.departmentId);
  return (
    <Layout
      title={name}
      narrow
      beforeContent={<Breadcrumbs items={[{ href: "/", label: m.home }, { href: "/leistungen", label: m.servicesTitle }, { label: name }]} />}
    >
      <h1 class="kern-heading-x-large">{name}</h1>
      <p class="kern-body kern-body--large">{localized(service.summary, locale)}</p>
      <SummaryList
        rows={[
          { key: m.responsible, value: department ? localized(department.name, locale) : service.departmentId },
          { key: m.online, value: service.onlineKind ? (m.onlineKind[service.onlineKind] ?? "") : m.notOnline },
        ]}
      />
      <NotificationBanner title={m.detailsSoon} tone="info" />
    </Layout>
  );
}
