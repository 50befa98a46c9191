// The error pages (400, 403, 404, 429, 500, 503) in the site frame: plain words, a way on, never a stack trace.
import { Layout, usePage } from "../html/index.ts";
import { httpMessages } from "./messages.ts";

export type ErrorKind = "badRequest" | "forbidden" | "csrf" | "notFound" | "tooMany" | "serverError" | "unavailable";

const titleKey = {
  badRequest: "badRequestTitle",
  forbidden: "forbiddenTitle",
  csrf: "csrfTitle",
  notFound: "notFoundTitle",
  tooMany: "tooManyTitle",
  serverError: "serverErrorTitle",
  unavailable: "unavailableTitle",
} as const;
const textKey = {
  badRequest: "badRequestText",
  forbidden: "forbiddenText",
  csrf: "csrfText",
  notFound: "notFoundText",
  tooMany: "tooManyText",
  serverError: "serverErrorText",
  unavailable: "unavailableText",
} as const;

export function ErrorPage({ kind, requestId, backHref }: { kind: ErrorKind; requestId?: string; backHref?: string | undefined }) {
  const m = httpMessages.in(usePage().locale);
  return (
    <Layout title={m[titleKey[kind]]} narrow>
      <h1 class="kern-heading-x-large">{m[titleKey[kind]]}</h1>
      <p class="kern-body kern-body--large">{m[textKey[kind]]}</p>
      {kind === "csrf" ? <p class="kern-body">{m.csrfNext}</p> : null}
      {requestId && kind === "serverError" ? <p class="kern-body st-muted">{m.errorReference(requestId)}</p> : null}
      <ul class="kern-list">
        {backHref ? (
          <li>
            <a class="kern-link" href={backHref}>
              {m.goBack}
            </a>
          </li>
        ) : null}
        <li>
          <a class="kern-link" href="/">
            {m.goHome}
          </a>
        </li>
      </ul>
      <p class="kern-body st-muted">{m.help}</p>
    </Layout>
  );
}
