// schema.org GovernmentService for search engines, as a JSON-LD data block. Data blocks are not executed, so
// script-src of our CSP does not apply to them (HTML: "prepare the script element" stops for non-JavaScript types).
import type { CatalogueSnapshot, ServiceEntry } from "../../kernel/catalogue/index.ts";
import { localized } from "../../kernel/catalogue/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";

export function governmentService(service: ServiceEntry, catalogue: CatalogueSnapshot, locale: Locale, url: string): object {
  const department = catalogue.departments.get(service.departmentId);
  return {
    "@context": "https://schema.org",
    "@type": "GovernmentService",
    name: localized(service.name, locale),
    description: localized(service.summary, locale),
    url,
    ...(service.leikaKey ? { identifier: service.leikaKey } : {}),
    ...(department ? { provider: { "@type": "GovernmentOrganization", name: localized(department.name, locale), ...(department.email ? { email: department.email } : {}), ...(department.phone ? { telephone: department.phone } : {}) } } : {}),
    availableChannel: service.locationIds
      .map((id) => catalogue.locations.get(id))
      .filter((l) => l !== undefined)
      .map((l) => ({
        "@type": "ServiceChannel",
        serviceLocation: {
          "@type": "GovernmentOffice",
          name: localized(l.name, locale),
          address: { "@type": "PostalAddress", streetAddress: l.address.street, postalCode: l.address.postalCode, addressLocality: l.address.city },
        },
      })),
  };
}

/** The JSON with "<" escaped, so no text from the catalogue can close the script element. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
