// The page for Deutsche Gebärdensprache. No <video> until real videos exist: each section says what its video
// will show and gives the full text equivalent, and the page says openly that the videos are being produced.
import type { ComponentChildren } from "preact";
import { NotificationBanner, usePage } from "../../platform/html/index.ts";
import { ContactBlock, Section, SitePageLayout } from "./page-parts.tsx";
import { signLanguageMessages } from "./sign-language-messages.ts";
import type { SiteOperator } from "./site-operator.ts";
import { ANSWER_PERIOD_WEEKS } from "./submit-accessibility-feedback.ts";

interface PlannedVideo {
  id: string;
  heading: string;
  shows: string;
  text: Readonly<Record<string, string>>;
  more?: ComponentChildren;
}

function VideoSection({ video }: { video: PlannedVideo }) {
  const m = signLanguageMessages.in(usePage().locale);
  return (
    <Section id={video.id} heading={video.heading}>
      <div class="st-video-placeholder">
        <p class="kern-title">{m.videoLabel}</p>
        <p class="kern-body">
          {m.videoShows} {video.shows}
        </p>
      </div>
      <h3 class="kern-heading-small">
        {m.textHeading}
        {/* Five headings say "Text zum Video"; the hidden part tells them apart in a screen reader's heading list. */}
        <span class="kern-sr-only">: {video.heading}</span>
      </h3>
      {Object.values(video.text).map((paragraph) => (
        <p class="kern-body">{paragraph}</p>
      ))}
      {video.more}
    </Section>
  );
}

export function SignLanguagePage({ operator }: { operator: SiteOperator }) {
  const { locale } = usePage();
  const m = signLanguageMessages.in(locale);
  const videos: PlannedVideo[] = [
    { id: "willkommen", heading: m.welcomeHeading, shows: m.welcomeVideo, text: m.welcomeText },
    { id: "angebot", heading: m.offerHeading, shows: m.offerVideo, text: m.offerText },
    { id: "navigation", heading: m.navigationHeading, shows: m.navigationVideo, text: m.navigationText },
    {
      id: "kontakt",
      heading: m.contactHeading,
      shows: m.contactVideo,
      text: m.contactText,
      more: <ContactBlock body={operator.operator} />,
    },
    {
      id: "erklaerung",
      heading: m.statementHeading,
      shows: m.statementVideo,
      text: m.statementText,
      more: (
        <>
          <p class="kern-body">{m.statementFeedback(ANSWER_PERIOD_WEEKS)}</p>
          <p class="kern-body">{m.statementEasy}</p>
          <ul class="kern-list">
            <li>
              <a class="kern-link" href="/barrierefreiheit">
                {m.statementLink}
              </a>
            </li>
            <li>
              <a class="kern-link" href="/leichte-sprache">
                {m.easyLink}
              </a>
            </li>
          </ul>
        </>
      ),
    },
  ];
  return (
    <SitePageLayout title={m.title}>
      <h1 class="kern-heading-x-large">{m.heading}</h1>
      <NotificationBanner title={m.statusTitle} tone="info">
        <p class="kern-body">{m.statusText}</p>
      </NotificationBanner>
      {videos.map((video) => (
        <VideoSection video={video} />
      ))}
    </SitePageLayout>
  );
}
