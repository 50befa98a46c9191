// Who runs this installation and whom people can turn to: one data object that the Impressum, the privacy
// notice and the accessibility statement read, so another city (or the real München) changes it in one place.
// Names, addresses and contact data are facts, not prose: the words around them live in the message catalogues.
// The installation's own operator comes from SITE_OPERATOR_FILE (platform/config, which checks it); the demo
// operator below is the default outside production, and production refuses to start without a real one.
import type { Body, PostalAddress, SiteOperator } from "../../platform/config/index.ts";

export type { Body, PostalAddress, SiteOperator };

const rathaus: PostalAddress = { street: "Marienplatz 8", postalCode: "80331", city: "München" };

/** The demo installation's operator: plausible, but every contact address is a placeholder (.example). */
export const demoSiteOperator: SiteOperator = {
  operator: { name: "Landeshauptstadt München", address: rathaus, email: "stadttor@muenchen.example", phone: "115" },
  supervisoryAuthority: { name: "Regierung von Oberbayern", address: { street: "Maximilianstraße 39", postalCode: "80538", city: "München" } },
  editorialContact: { name: "Landeshauptstadt München, Redaktion Stadttor", address: rathaus, email: "stadttor@muenchen.example" },
  dataProtectionOfficer: { name: "Landeshauptstadt München, Behördlicher Datenschutz", address: rathaus, email: "datenschutz@muenchen.example" },
  accessibilityContact: { name: "Landeshauptstadt München, Kontaktstelle Barrierefreiheit", address: rathaus, email: "barrierefreiheit@muenchen.example" },
  retention: { serverLogDays: 14, accessibilityFeedbackYears: 2 },
  demo: true,
};

/** Authorities named on the legal pages. They are the same for every Bavarian city, so they are not settings. */
export const bavarianAuthorities = {
  /** Supervises public bodies in Bavaria under Art. 15 BayDSG; the place for complaints about the city (Art. 77 GDPR). */
  dataProtectionPublic: {
    name: "Der Bayerische Landesbeauftragte für den Datenschutz",
    address: { street: "Wagmüllerstraße 18", postalCode: "80538", city: "München" },
    web: "https://www.datenschutz-bayern.de",
  },
  /** Supervises the private sector only (Art. 18 BayDSG); named so nobody writes there in vain. */
  dataProtectionPrivate: {
    name: "Bayerisches Landesamt für Datenschutzaufsicht",
    address: { street: "Promenade 18", postalCode: "91522", city: "Ansbach" },
    web: "https://www.lda.bayern.de",
  },
  /** Enforcement and monitoring body under Art. 13 BayBGG and § 11 BayDiV. */
  accessibilityEnforcement: {
    name: "Durchsetzungs- und Überwachungsstelle Barrierefreie Informationstechnik am Landesamt für Digitalisierung, Breitband und Vermessung",
    address: { street: "Alexandrastraße 4", postalCode: "80538", city: "München" },
  },
} satisfies Record<string, Body>;
