// The service page: everything a citizen needs to act — what, who may, costs, documents, steps, where
// (with today's opening hours), how long, legal basis, who is responsible, and the online button.
import type { ComponentChildren } from "preact";
import type { CatalogueSnapshot, LocalizedText, ServiceEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import { Breadcrumbs, Layout, NotificationBanner, usePage } from "../../platform/html/index.ts";
import { formatMoney } from "../../platform/i18n/index.ts";
import { fallbackLang } from "./localized-text.ts";
import { cataloguePageMessages } from "./messages.ts";
import { onlineStartPath, onlineTarget } from "./online-offer.ts";
import { OpeningHoursToday, OpeningHoursWeek } from "./opening-hours.tsx";
import { placeMessages, servicePageMessages } from "./service-page-messages.ts";
import { ServiceList } from "./service-pages.tsx";
import { governmentService, JsonLd } from "./structured-data.tsx";

export interface ServicePageProps {
  service: ServiceEntry;
  catalogue: CatalogueSnapshot;
  /** For today's opening hours. */
  now: Date;
  /** Services often opened together with this one, measured (portal/usage). */
  usedTogether: readonly string[];
  /** Absolute URL of this page, for the structured data. */
  url: string;
}

const RELATED_MAX = 6;

function Text({ text, as: Tag = "p", class: cls = Tag === "p" ? "kern-body" : undefined }: { text: LocalizedText; as?: "p" | "li" | "span"; class?: string }) {
  const { locale } = usePage();
  return (
    <Tag class={cls} lang={fallbackLang(text, locale)}>
      {localized(text, locale)}
    </Tag>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 class="kern-heading-medium" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function OnlineOffer({ service }: { service: ServiceEntry }) {
  const { locale } = usePage();
  const m = servicePageMessages.in(locale);
  const target = onlineTarget(service);
  const kind = service.online?.kind ?? service.onlineKind;
  if (!target || !kind) return <NotificationBanner title={m.notOnline} tone="info" />;
  return (
    <div class="st-online">
      <a class="kern-btn kern-btn--primary" href={onlineStartPath(service.id)} rel={target.external ? "noopener" : undefined}>
        <span class="kern-label">{m.onlineButton[kind]}</span>
      </a>
      {target.external ? <p class="kern-body kern-body--small">{m.externalNote}</p> : null}
      <p class="kern-body">{m.trust[service.trustLevel]}</p>
    </div>
  );
}

function Locations({ service, catalogue, now }: { service: ServiceEntry; catalogue: CatalogueSnapshot; now: Date }) {
  const { locale } = usePage();
  const p = placeMessages.in(locale);
  const locations = service.locationIds.map((id) => catalogue.locations.get(id)).filter((l) => l !== undefined);
  return (
    <ul class="st-locations">
      {locations.map((l) => (
        <li class="st-location">
          <h3 class="kern-heading-small">
            <a class="kern-link" href={`/standorte/${l.id}`}>
              {localized(l.name, locale)}
            </a>
          </h3>
          <p class="kern-body">
            {l.address.street}, {l.address.postalCode} {l.address.city}
          </p>
          <p class="kern-body kern-body--small">{l.accessible ? p.accessible : p.notAccessible}</p>
          {l.accessibilityNote ? <Text text={l.accessibilityNote} class="kern-body kern-body--small" /> : null}
          <OpeningHoursToday location={l} now={now} />
          <details class="st-details">
            <summary>{p.openingHours}</summary>
            <OpeningHoursWeek location={l} now={now} />
          </details>
        </li>
      ))}
    </ul>
  );
}

export function ServicePage({ service, catalogue, now, usedTogether, url }: ServicePageProps) {
  const { locale } = usePage();
  const c = cataloguePageMessages.in(locale);
  const m = servicePageMessages.in(locale);
  const name = localized(service.name, locale);
  const department = catalogue.departments.get(service.departmentId);
  const relatedIds = [...new Set([...service.relatedServiceIds, ...usedTogether])].filter((id) => id !== service.id);
  const related = relatedIds.map((id) => catalogue.services.get(id)).filter((s) => s !== undefined).slice(0, RELATED_MAX);
  const situations = service.lifeSituationIds.map((id) => catalogue.lifeSituationsById.get(id)).filter((s) => s !== undefined);
  return (
    <Layout
      title={name}
      narrow
      beforeContent={<Breadcrumbs items={[{ href: "/", label: c.home }, { href: "/leistungen", label: c.servicesTitle }, { label: name }]} />}
    >
      <h1 class="kern-heading-x-large" lang={fallbackLang(service.name, locale)}>
        {name}
      </h1>
      <Text text={service.summary} class="kern-body kern-body--large" />
      <OnlineOffer service={service} />
      {service.description ? (
        <Section id="was" title={m.what}>
          <Text text={service.description} />
        </Section>
      ) : null}
      {service.prerequisites.length > 0 ? (
        <Section id="wer" title={m.who}>
          <ul class="st-prose-list">{service.prerequisites.map((t) => <Text text={t} as="li" />)}</ul>
        </Section>
      ) : null}
      <Section id="kosten" title={m.costs}>
        {service.costs.length === 0 || service.costs.every((cost) => cost.amountCents === 0) ? (
          <p class="kern-body">{m.free}</p>
        ) : (
          <dl class="kern-description-list st-costs">
            {service.costs.map((cost) => (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key" lang={fallbackLang(cost.label, locale)}>
                  {localized(cost.label, locale)}
                </dt>
                <dd class="kern-description-list-item__value">{cost.amountCents === 0 ? m.free : formatMoney(cost.amountCents, locale)}</dd>
              </div>
            ))}
          </dl>
        )}
      </Section>
      {service.requiredDocuments.length > 0 ? (
        <Section id="unterlagen" title={m.documents}>
          <ul class="st-prose-list">{service.requiredDocuments.map((t) => <Text text={t} as="li" />)}</ul>
        </Section>
      ) : null}
      {service.procedure.length > 0 ? (
        <Section id="ablauf" title={m.procedure}>
          <ol class="st-prose-list">{service.procedure.map((t) => <Text text={t} as="li" />)}</ol>
        </Section>
      ) : null}
      {service.locationIds.length > 0 ? (
        <Section id="wo" title={m.where}>
          <Locations service={service} catalogue={catalogue} now={now} />
        </Section>
      ) : null}
      {service.processingTime ? (
        <Section id="dauer" title={m.duration}>
          <Text text={service.processingTime} />
        </Section>
      ) : null}
      {service.legalBasis.length > 0 ? (
        <Section id="recht" title={m.legalBasis}>
          <ul class="st-prose-list">{service.legalBasis.map((t) => <li lang="de">{t}</li>)}</ul>
        </Section>
      ) : null}
      <Section id="zustaendig" title={m.responsible}>
        {department ? (
          <p class="kern-body">
            <a class="kern-link" href={`/referate/${department.id}`} lang={fallbackLang(department.name, locale)}>
              {localized(department.name, locale)}
            </a>
          </p>
        ) : null}
        {service.leikaKey ? <p class="kern-body kern-body--small">{`${m.leika}: ${service.leikaKey}`}</p> : null}
      </Section>
      {situations.length > 0 ? (
        <Section id="lebenslagen" title={m.lifeSituations}>
          <ul class="st-prose-list">
            {situations.map((ls) => (
              <li>
                <a class="kern-link" href={`/lebenslagen/${ls.id}`} lang={fallbackLang(ls.name, locale)}>
                  {localized(ls.name, locale)}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {related.length > 0 ? (
        <Section id="dazu" title={m.related}>
          <ServiceList services={related} />
        </Section>
      ) : null}
      <JsonLd data={governmentService(service, catalogue, locale, url)} />
    </Layout>
  );
}
