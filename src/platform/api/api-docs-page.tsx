// GET /api/docs: the API described for people, in the site frame and from our own origin (no Swagger
// UI from a CDN, no script). It is drawn from the same OpenAPI document that openapi.json serves.
import { z } from "zod";
import { errorMapFor, Layout, usePage } from "../html/index.ts";
import { apiMessages } from "./messages.ts";
import type { OpenApiDocument } from "./openapi.ts";
import { OperationDocs } from "./operation-docs.tsx";
import { SchemaTable } from "./schema-table.tsx";

export interface DocsTag {
  name: string;
  title: string;
  description?: string | undefined;
}

export interface ApiDocsPageProps {
  document: OpenApiDocument;
  version: number;
  versions: readonly number[];
  tags: readonly DocsTag[];
}

/** A real validation answer, made by the same error map the API uses, so the example cannot drift. */
function errorExample(locale: "de" | "en"): string {
  const result = z.object({ limit: z.number().max(100) }).safeParse({ limit: 500 }, { error: errorMapFor(locale) });
  const fields = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
  return JSON.stringify({ error: "validation_failed", message: apiMessages.in(locale).validationFailed, fields }, null, 2);
}

// An operation appears once, under its first tag, so its anchor id stays unique on the page.
function operationsOf(document: OpenApiDocument, tag: string) {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, op]) => op.tags[0] === tag)
      .map(([method, op]) => ({ method, path, op })),
  );
}

export function ApiDocsPage({ document, version, versions, tags }: ApiDocsPageProps) {
  const { locale, site } = usePage();
  const m = apiMessages.in(locale);
  const base = `/api/v${version}`;
  const components = document.components.schemas;
  return (
    <Layout title={m.docsTitle}>
      <h1 class="kern-heading-x-large">{m.docsTitle}</h1>
      <p class="kern-body kern-body--large">{m.docsLead(site.cityName)}</p>
      <ul class="kern-list st-api-list">
        {versions.map((v) => (
          <li>
            <a class="kern-link" href={`/api/v${v}/openapi.json`} type="application/json">
              {m.openApiLink(v)}
            </a>
          </li>
        ))}
      </ul>

      <nav aria-labelledby="api-inhalt">
        <h2 class="kern-heading-medium" id="api-inhalt">
          {m.contents}
        </h2>
        <ul class="kern-list st-api-list">
          <li>
            <a class="kern-link" href="#api-grundlagen">{m.basics}</a>
          </li>
          <li>
            <a class="kern-link" href="#api-fehler">{m.errorsTitle}</a>
          </li>
          <li>
            <a class="kern-link" href="#api-versionen">{m.versioningTitle}</a>
          </li>
          {tags.map((tag) => (
            <li>
              <a class="kern-link" href={`#tag-${tag.name}`}>{tag.title}</a>
              <ul class="kern-list st-api-list">
                {operationsOf(document, tag.name).map(({ method, path, op }) => (
                  <li>
                    <a class="kern-link" href={`#op-${op.operationId}`}>
                      {`${method.toUpperCase()} ${base}${path}`}
                    </a>
                    {` – ${op.summary}`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="api-grundlagen">
        <h2 class="kern-heading-medium" id="api-grundlagen">
          {m.basics}
        </h2>
        <ul class="kern-list st-api-list">
          {Object.values(m.basicsItems).map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="api-fehler">
        <h2 class="kern-heading-medium" id="api-fehler">
          {m.errorsTitle}
        </h2>
        <p class="kern-body">{m.errorsLead}</p>
        {components.Error ? <SchemaTable schema={components.Error} components={components} caption={m.fieldsOf("Error")} /> : null}
        <p class="kern-body">{m.errorExample}</p>
        <pre class="st-code" tabindex={0}>
          <code>{errorExample(locale)}</code>
        </pre>
      </section>

      <section aria-labelledby="api-versionen">
        <h2 class="kern-heading-medium" id="api-versionen">
          {m.versioningTitle}
        </h2>
        <ul class="kern-list st-api-list">
          {Object.values(m.versioningItems).map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      </section>

      {tags.map((tag) => (
        <section aria-labelledby={`tag-${tag.name}`}>
          <h2 class="kern-heading-medium" id={`tag-${tag.name}`}>
            {tag.title}
          </h2>
          {tag.description ? <p class="kern-body">{tag.description}</p> : null}
          {operationsOf(document, tag.name).map(({ method, path, op }) => (
            <OperationDocs
              method={method}
              path={base + path}
              operation={op}
              components={components}
              sharedParameters={document.components.parameters}
            />
          ))}
        </section>
      ))}
    </Layout>
  );
}
