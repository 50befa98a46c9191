// An honest page for what is announced but not built yet.
import { Layout, StatusTag, usePage } from "../../platform/html/index.ts";
import { comingSoonMessages } from "./messages.ts";
import type { UpcomingArea } from "./upcoming-areas.ts";

export function ComingSoonPage({ area }: { area: UpcomingArea }) {
  const { locale } = usePage();
  const m = comingSoonMessages.in(locale);
  return (
    <Layout title={area.title[locale]} narrow>
      <StatusTag label={m.badge} tone="info" />
      <h1 class="kern-heading-x-large">{area.title[locale]}</h1>
      <p class="kern-body kern-body--large">{m.inProgress}</p>
      <p class="kern-body">{area.promise[locale]}</p>
      <h2 class="kern-heading-medium">{m.meanwhile}</h2>
      <p class="kern-body">{m.meanwhileText}</p>
      <p class="kern-body">
        {m.enquiryText}{" "}
        <a class="kern-link" href="/anfrage/neu">
          {m.enquiryLink}
        </a>
      </p>
      <p>
        <a class="kern-link" href="/">
          {m.home}
        </a>
      </p>
    </Layout>
  );
}
