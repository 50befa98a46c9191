// Who runs this installation and whom people can turn to: one data object that the Impressum, the privacy
// notice and the accessibility statement read, so another city (or the real München) changes it in one place.
// Names, addresses and contact data are facts, not prose: the words around them live in the message catalogues.

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
}

export interface Body {
  /** The body's own (German) name, e.g. "Landeshauptstadt München". */
  name: string;
  address: PostalAddress;
  email?: string;
  phone?: string;
  web?: string;
}

export interface SiteOperator {
  /** The public body responsible under § 5 DDG / § 18 MStV and the controller under Art. 4(7) GDPR. */
  operator: Body;
  /** Name of the person who represents the city (the Oberbürgermeister); left out while not configured. */
  representativeName?: string;
  /** VAT identification number (§ 5 (1) no. 6 DDG), if the body has one. */
  vatId?: string;
  /** The state authority that supervises the city (Kommunalaufsicht). */
  supervisoryAuthority: Body;
  /** Responsible for the content under § 18 (2) MStV. */
  editorialContact: Body;
  /** The city's data protection officer (Art. 37 GDPR). */
  dataProtectionOfficer: Body;
  /** Where accessibility feedback goes; also the address notified of each new feedback. */
  accessibilityContact: Body;
  /** How long the privacy notice promises to keep things; retention jobs must keep the same numbers. */
  retention: { serverLogDays: number; accessibilityFeedbackYears: number };
  /** True while this is a demonstration installation: the pages say so prominently. */
  demo: boolean;
}

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
