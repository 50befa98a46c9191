// Small pieces the site pages share: a titled section, a public body's postal and contact details, German
// names marked as German on English pages (so screen readers pronounce them right), the demo notice.
import type { ComponentChildren } from "preact";
import { Breadcrumbs, Layout, NotificationBanner, usePage } from "../../platform/html/index.ts";
import { sitePageMessages } from "./messages.ts";
import type { Body } from "./site-operator.ts";

/** Text that is German whatever the page language: names of bodies, laws and places. */
export function German({ children }: { children: ComponentChildren }) {
  const { locale } = usePage();
  return locale === "de" ? <>{children}</> : <span lang="de">{children}</span>;
}

export function ContactBlock({ body, heading }: { body: Body; heading?: ComponentChildren }) {
  const m = sitePageMessages.in(usePage().locale);
  return (
    <div class="st-contact">
      {heading}
      <p class="kern-body">
        <German>
          {body.name}
          <br />
          {body.address.street}
          <br />
          {body.address.postalCode} {body.address.city}
        </German>
      </p>
      {body.email || body.phone || body.web ? (
        <ul class="kern-list">
          {body.email ? (
            <li>
              {m.email}:{" "}
              <a class="kern-link" href={`mailto:${body.email}`}>
                {body.email}
              </a>
            </li>
          ) : null}
          {body.phone ? (
            <li>
              {m.phone}:{" "}
              <a class="kern-link" href={`tel:${body.phone.replace(/[^0-9+]/g, "")}`}>
                {body.phone}
              </a>
            </li>
          ) : null}
          {body.web ? (
            <li>
              {m.web}:{" "}
              <a class="kern-link" href={body.web}>
                {body.web.replace(/^https:\/\//, "")}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

/** Shown on every legal page while the installation is a demo: nobody may mistake it for the city's own site. */
export function DemoNotice({ demo }: { demo: boolean }) {
  const m = sitePageMessages.in(usePage().locale);
  if (!demo) return null;
  return (
    <NotificationBanner title={m.demoTitle} tone="warning">
      <p class="kern-body">{m.demoText}</p>
    </NotificationBanner>
  );
}

/** A topic of a long page: a region named by its heading, so screen reader users can jump from topic to topic. */
export function Section({ id, heading, large, children }: { id: string; heading: string; large?: boolean; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 class={large ? "kern-heading-large" : "kern-heading-medium"} id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** The frame of every site page: the narrow layout with the breadcrumbs Startseite › title. */
export function SitePageLayout({ title, documentTitle, children }: { title: string; documentTitle?: string; children: ComponentChildren }) {
  const common = sitePageMessages.in(usePage().locale);
  return (
    <Layout title={documentTitle ?? title} narrow beforeContent={<Breadcrumbs items={[{ href: "/", label: common.home }, { label: title }]} />}>
      {children}
    </Layout>
  );
}
