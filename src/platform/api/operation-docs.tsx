// One API operation on /api/docs: method and path, summary, parameters, request body and responses,
// each as a table, with the raw JSON Schema behind a <details> for those who want it.
import { formatDate } from "../i18n/index.ts";
import { NotificationBanner, StatusTag, usePage, type Tone } from "../html/index.ts";
import { COMPONENT_PREFIX, type JsonSchema } from "./json-schema.ts";
import { apiMessages } from "./messages.ts";
import type { OpenApiOperation, OpenApiParameter } from "./openapi.ts";
import { SchemaTable, typeLabel } from "./schema-table.tsx";

type Components = Record<string, JsonSchema>;

const methodTone: Record<string, Tone> = { get: "info", post: "success", put: "warning", patch: "warning", delete: "danger" };

/** Names of the components a schema points to, directly or through other components. */
function referenced(node: unknown, components: Components, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) referenced(n, components, found);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith(COMPONENT_PREFIX)) {
        const name = value.slice(COMPONENT_PREFIX.length);
        if (!found.has(name)) {
          found.add(name);
          referenced(components[name], components, found);
        }
      } else referenced(value, components, found);
    }
  }
  return found;
}

function SchemaJson({ schema, components }: { schema: JsonSchema; components: Components }) {
  const m = apiMessages.in(usePage().locale);
  return (
    <details class="st-api-schema">
      <summary class="kern-body">{m.schemaJson}</summary>
      <pre class="st-code" tabindex={0}>
        <code>{JSON.stringify(schema, null, 2)}</code>
      </pre>
      {[...referenced(schema, components)].map((name) => (
        <>
          <p class="kern-body">
            <code>{COMPONENT_PREFIX + name}</code>
          </p>
          <pre class="st-code" tabindex={0}>
            <code>{JSON.stringify(components[name], null, 2)}</code>
          </pre>
        </>
      ))}
    </details>
  );
}

function ParameterTable({ parameters, components, caption }: { parameters: OpenApiParameter[]; components: Components; caption: string }) {
  const m = apiMessages.in(usePage().locale);
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--small">
        <caption class="kern-sr-only">{caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">{m.colName}</th>
            <th scope="col" class="kern-table__header">{m.colWhere}</th>
            <th scope="col" class="kern-table__header">{m.colType}</th>
            <th scope="col" class="kern-table__header">{m.colRequired}</th>
            <th scope="col" class="kern-table__header">{m.colDescription}</th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {parameters.map((p) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__header">
                <code>{p.name}</code>
              </th>
              <td class="kern-table__cell">{m.where[p.in] ?? p.in}</td>
              <td class="kern-table__cell">{typeLabel(p.schema, components, m)}</td>
              <td class="kern-table__cell">{p.required ? m.yes : m.no}</td>
              <td class="kern-table__cell">
                {p.description}
                {p.schema.default !== undefined ? <span class="st-muted"> ({m.constraints.default} {JSON.stringify(p.schema.default)})</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface OperationDocsProps {
  method: string;
  /** Full path as clients call it, e.g. /api/v1/services/{id}. */
  path: string;
  operation: OpenApiOperation;
  components: Components;
  /** The shared parameters (lang), resolved from their $ref. */
  sharedParameters: Record<string, OpenApiParameter>;
}

export function OperationDocs({ method, path, operation, components, sharedParameters }: OperationDocsProps) {
  const { locale } = usePage();
  const m = apiMessages.in(locale);
  const id = `op-${operation.operationId}`;
  const parameters = operation.parameters.map((p) => ("$ref" in p ? sharedParameters[p.$ref.split("/").pop() ?? ""] : p)).filter((p) => p !== undefined);
  const sunset = operation["x-sunset"];
  const title = `${method.toUpperCase()} ${path}`;
  return (
    <section class="st-api-operation" aria-labelledby={id}>
      <h3 class="kern-heading-small" id={id}>
        <StatusTag label={method.toUpperCase()} tone={methodTone[method] ?? "info"} /> <code>{path}</code>
      </h3>
      <p class="kern-body kern-body--large">{operation.summary}</p>
      {operation.deprecated && sunset ? <NotificationBanner title={m.deprecated(formatDate(new Date(sunset), locale))} tone="warning" /> : null}
      {operation.description ? <p class="kern-body">{operation.description}</p> : null}
      <p class="kern-body st-muted">
        <code>operationId: {operation.operationId}</code>
      </p>
      <h4 class="kern-heading-small">{m.parameters}</h4>
      <ParameterTable parameters={parameters} components={components} caption={`${m.parameters}: ${title}`} />
      {operation.requestBody ? (
        <>
          <h4 class="kern-heading-small">{m.requestBody}</h4>
          <SchemaTable schema={operation.requestBody.content["application/json"].schema} components={components} caption={`${m.requestBody}: ${title}`} />
          <SchemaJson schema={operation.requestBody.content["application/json"].schema} components={components} />
        </>
      ) : null}
      <h4 class="kern-heading-small">{m.responses}</h4>
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--small">
          <caption class="kern-sr-only">{`${m.responses}: ${title}`}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">{m.colStatus}</th>
              <th scope="col" class="kern-table__header">{m.colMeaning}</th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {Object.entries(operation.responses).map(([status, response]) => (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__header">{status}</th>
                <td class="kern-table__cell">
                  {response.description}
                  {Number(status) >= 400 ? <span class="st-muted"> – {m.errorBody}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {Object.entries(operation.responses)
        .filter(([status, r]) => Number(status) < 400 && r.content)
        .map(([status, r]) => (
          <>
            <SchemaTable schema={r.content!["application/json"].schema} components={components} caption={`${m.responseFields(status)}: ${title}`} />
            <SchemaJson schema={r.content!["application/json"].schema} components={components} />
          </>
        ))}
    </section>
  );
}
