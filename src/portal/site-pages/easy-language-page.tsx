// The page in Leichte Sprache (German) or Easy English: what Stadttor is, what you can do, how to find things,
// where to get help, how to switch language, where the accessibility statement is. Large type, short lines.
import type { Locale } from "../../platform/i18n/index.ts";
import { usePage } from "../../platform/html/index.ts";
import { easyLanguageMessages } from "./easy-language-messages.ts";
import { Section, SitePageLayout } from "./page-parts.tsx";

/** One sentence or thought per line (Netzwerk Leichte Sprache: "Schreiben Sie jeden Satz in eine neue Zeile"). */
function Lines({ lines }: { lines: Readonly<Record<string, string>> }) {
  return (
    <>
      {Object.values(lines).map((line) => (
        <p class="kern-body kern-body--large">{line}</p>
      ))}
    </>
  );
}

function Bullets({ items }: { items: Readonly<Record<string, string>> }) {
  return (
    <ul class="kern-list kern-list--bullet kern-list--large">
      {Object.values(items).map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

export function EasyLanguagePage({ demo }: { demo: boolean }) {
  const { locale } = usePage();
  const m = easyLanguageMessages.in(locale);
  const other: Locale = locale === "de" ? "en" : "de";
  return (
    <SitePageLayout title={m.title}>
      <div class="st-easy-read">
        <h1 class="kern-heading-x-large">{m.heading}</h1>
        <p class="kern-body kern-body--large">
          <a class="kern-link" href={`/sprache/${other}?zurueck=${encodeURIComponent("/leichte-sprache")}`} lang={other} hreflang={other}>
            {m.otherVersion}
          </a>
        </p>
        {demo ? (
          <div class="st-easy-read__note">
            <Lines lines={m.demo} />
          </div>
        ) : null}

        <Section large id="was-ist-stadttor" heading={m.whatHeading}>
          <Lines lines={m.what} />
        </Section>

        <Section large id="was-koennen-sie-tun" heading={m.doHeading}>
          <p class="kern-body kern-body--large">{m.doLead}</p>
          <Bullets items={m.doNow} />
          <p class="kern-body kern-body--large">{m.soonLead}</p>
          <Bullets items={m.doSoon} />
          <Lines lines={m.notReady} />
        </Section>

        <Section large id="zurechtfinden" heading={m.findHeading}>
          <Lines lines={m.find} />
        </Section>

        <Section large id="hilfe" heading={m.helpHeading}>
          <Lines lines={m.help} />
        </Section>

        <Section large id="sprache" heading={m.languageHeading}>
          <Lines lines={m.language} />
        </Section>

        <Section large id="barrierefreiheit" heading={m.accessHeading}>
          <Lines lines={m.access} />
          <ul class="kern-list kern-list--large">
            <li>
              <a class="kern-link" href="/barrierefreiheit">
                {m.accessLink}
              </a>
            </li>
            <li>
              <a class="kern-link" href="/gebaerdensprache">
                {m.signLink}
              </a>
            </li>
          </ul>
        </Section>
      </div>
    </SitePageLayout>
  );
}
