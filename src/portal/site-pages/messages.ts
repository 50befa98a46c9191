// Texts the site pages share: breadcrumbs, contact labels and the notice that this is a demo installation.
import { defineMessages } from "../../platform/i18n/index.ts";

export const sitePageMessages = defineMessages({
  de: {
    home: "Startseite",
    email: "E-Mail",
    phone: "Telefon",
    web: "Internet",
    demoTitle: "Demo-Installation",
    demoText:
      "Dies ist eine Demonstrations-Installation der Open-Source-Software Stadttor. Sie ist kein offizielles Angebot der Landeshauptstadt München. Die Angaben auf dieser Seite sind plausible Beispiele; E-Mail-Adressen mit der Endung „.example“ sind Platzhalter und erreichen niemanden.",
  },
  en: {
    home: "Home",
    email: "E-mail",
    phone: "Phone",
    web: "Website",
    demoTitle: "Demo installation",
    demoText:
      "This is a demonstration installation of the open-source software Stadttor. It is not an official service of the City of Munich. The details on this page are plausible examples; e-mail addresses ending in “.example” are placeholders and reach nobody.",
  },
});
