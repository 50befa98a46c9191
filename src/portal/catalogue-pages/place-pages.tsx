// Department pages (/referate/<id>: contact, services, locations) and location pages (/standorte/<id>:
// address, map link, accessibility, opening hours, services offered there).
import type { CatalogueSnapshot, DepartmentEntry, LocationEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import { Breadcrumbs, Layout, SummaryList, usePage, type SummaryRow } from "../../platform/html/index.ts";
import { fallbackLang } from "./localized-text.ts";
import { cataloguePageMessages } from "./messages.ts";
import { OpeningHoursToday, OpeningHoursWeek } from "./opening-hours.tsx";
import { placeMessages } from "./service-page-messages.ts";
import { ServiceList } from "./service-pages.tsx";

function services(ids: readonly string[], catalogue: CatalogueSnapshot) {
  return ids.map((id) => catalogue.services.get(id)).filter((s) => s !== undefined);
}

/** A plain link to the map: no embedded map, so no third-party request and nothing the CSP must allow. */
export function openStreetMapUrl(geo: { latitude: number; longitude: number }): string {
  return `https://www.openstreetmap.org/?mlat=${geo.latitude}&mlon=${geo.longitude}#map=17/${geo.latitude}/${geo.longitude}`;
}

export function DepartmentsPage({ catalogue }: { catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const c = cataloguePageMessages.in(locale);
  const m = placeMessages.in(locale);
  const departments = [...catalogue.departments.values()].sort((a, b) => localized(a.name, locale).localeCompare(localized(b.name, locale), locale));
  return (
    <Layout title={m.departments} narrow beforeContent={<Breadcrumbs items={[{ href: "/", label: c.home }, { label: m.departments }]} />}>
      <h1 class="kern-heading-x-large">{m.departments}</h1>
      <ul class="st-prose-list">
        {departments.map((d) => (
          <li>
            <a class="kern-link" href={`/referate/${d.id}`} lang={fallbackLang(d.name, locale)}>
              {localized(d.name, locale)}
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function DepartmentPage({ department, catalogue }: { department: DepartmentEntry; catalogue: CatalogueSnapshot }) {
  const { locale } = usePage();
  const c = cataloguePageMessages.in(locale);
  const m = placeMessages.in(locale);
  const name = localized(department.name, locale);
  const contact: SummaryRow[] = [];
  if (department.phone) contact.push({ key: m.phone, value: <a class="kern-link" href={`tel:${department.phone.replace(/[^\d+]/g, "")}`}>{department.phone}</a> });
  if (department.email) contact.push({ key: m.email, value: <a class="kern-link" href={`mailto:${department.email}`}>{department.email}</a> });
  if (department.website) contact.push({ key: m.website, value: <a class="kern-link" href={department.website}>{department.website}</a> });
  const locations = department.locationIds.map((id) => catalogue.locations.get(id)).filter((l) => l !== undefined);
  return (
    <Layout title={name} narrow beforeContent={<Breadcrumbs items={[{ href: "/", label: c.home }, { href: "/referate", label: m.departments }, { label: name }]} />}>
      <h1 class="kern-heading-x-large" lang={fallbackLang(department.name, locale)}>
        {name}
      </h1>
      {contact.length > 0 ? (
        <section aria-labelledby="kontakt">
          <h2 class="kern-heading-medium" id="kontakt">
            {m.contact}
          </h2>
          <SummaryList rows={contact} />
        </section>
      ) : null}
      {locations.length > 0 ? (
        <section aria-labelledby="standorte">
          <h2 class="kern-heading-medium" id="standorte">
            {m.locations}
          </h2>
          <ul class="st-prose-list">
            {locations.map((l) => (
              <li>
                <a class="kern-link" href={`/standorte/${l.id}`} lang={fallbackLang(l.name, locale)}>
                  {localized(l.name, locale)}
                </a>
                {`, ${l.address.street}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="leistungen">
        <h2 class="kern-heading-medium" id="leistungen">
          {m.services}
        </h2>
        <ServiceList services={services(department.serviceIds, catalogue)} />
      </section>
    </Layout>
  );
}

export function LocationPage({ location, catalogue, now }: { location: LocationEntry; catalogue: CatalogueSnapshot; now: Date }) {
  const { locale } = usePage();
  const c = cataloguePageMessages.in(locale);
  const m = placeMessages.in(locale);
  const name = localized(location.name, locale);
  const department = catalogue.departments.get(location.departmentId);
  const crumbs = [{ href: "/", label: c.home }, { href: "/referate", label: m.departments }, ...(department ? [{ href: `/referate/${department.id}`, label: localized(department.name, locale) }] : []), { label: name }];
  return (
    <Layout title={name} narrow beforeContent={<Breadcrumbs items={crumbs} />}>
      <h1 class="kern-heading-x-large" lang={fallbackLang(location.name, locale)}>
        {name}
      </h1>
      <section aria-labelledby="adresse">
        <h2 class="kern-heading-medium" id="adresse">
          {m.address}
        </h2>
        <p class="kern-body">
          {location.address.street}
          <br />
          {location.address.postalCode} {location.address.city}
        </p>
        {location.geo ? (
          <p class="kern-body">
            <a class="kern-link" href={openStreetMapUrl(location.geo)}>
              {m.map}
            </a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="oeffnungszeiten">
        <h2 class="kern-heading-medium" id="oeffnungszeiten">
          {m.openingHours}
        </h2>
        <OpeningHoursToday location={location} now={now} />
        <OpeningHoursWeek location={location} now={now} />
      </section>
      <section aria-labelledby="barrierefreiheit">
        <h2 class="kern-heading-medium" id="barrierefreiheit">
          {m.accessibility}
        </h2>
        <p class="kern-body">{location.accessible ? m.accessible : m.notAccessible}</p>
        {location.accessibilityNote ? (
          <p class="kern-body" lang={fallbackLang(location.accessibilityNote, locale)}>
            {localized(location.accessibilityNote, locale)}
          </p>
        ) : null}
      </section>
      {department ? (
        <p class="kern-body">
          {`${m.department}: `}
          <a class="kern-link" href={`/referate/${department.id}`} lang={fallbackLang(department.name, locale)}>
            {localized(department.name, locale)}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="leistungen">
        <h2 class="kern-heading-medium" id="leistungen">
          {m.servicesHere}
        </h2>
        <ServiceList services={services(location.serviceIds, catalogue)} />
      </section>
    </Layout>
  );
}
