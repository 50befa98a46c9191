// The portal's frame: which links the header and footer carry. Data, not code in the layout.
import type { SiteChrome } from "../platform/html/index.ts";

export function portalChrome(cityName: string): SiteChrome {
  return {
    cityName,
    officialLabel: { de: `Offizielle Website der Landeshauptstadt ${cityName}`, en: `Official website of the City of ${cityName}` },
    mainNav: [
      { href: "/leistungen", label: { de: "Leistungen A–Z", en: "Services A–Z" } },
      { href: "/lebenslagen", label: { de: "Lebenslagen", en: "Life situations" } },
      { href: "/anliegen/neu", label: { de: "Anliegen melden", en: "Report an issue" } },
      { href: "/termine", label: { de: "Termin buchen", en: "Book an appointment" } },
      { href: "/beteiligung", label: { de: "Mitreden", en: "Have your say" } },
      { href: "/konto", label: { de: "Mein Konto", en: "My account" } },
    ],
    footerNav: [
      { href: "/impressum", label: { de: "Impressum", en: "Legal notice" } },
      { href: "/datenschutz", label: { de: "Datenschutz", en: "Privacy" } },
      { href: "/barrierefreiheit", label: { de: "Barrierefreiheit", en: "Accessibility" } },
      { href: "/leichte-sprache", label: { de: "Leichte Sprache", en: "Easy German (Leichte Sprache)" } },
      { href: "/gebaerdensprache", label: { de: "Gebärdensprache", en: "Sign language" } },
      { href: "/api/docs", label: { de: "Schnittstellen (API)", en: "API" } },
    ],
  };
}
