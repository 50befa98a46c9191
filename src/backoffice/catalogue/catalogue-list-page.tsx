// The editor's list of one kind of entry, with a text and state filter (a GET form: the filter is in the
// address, so it can be bookmarked and works without JavaScript), and tabs for the three kinds.
import type { CatalogueListItem, EditableKind } from "../../kernel/catalogue/index.ts";
import type { StaffActor } from "../../kernel/identity/index.ts";
import { SelectField, StatusTag, TextField, usePage } from "../../platform/html/index.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { BackofficeLayout } from "../backoffice-layout.tsx";
import { catalogueMessages } from "./catalogue-messages.ts";
import { editableKinds, editPath, listPath, newPath } from "./catalogue-paths.ts";
import { choicesOf } from "./editor-fields.tsx";

export const stateFilters = ["all", "draft", "published", "archived", "pending"] as const;
export type StateFilter = (typeof stateFilters)[number];

interface ListProps {
  actor: StaffActor;
  kind: EditableKind;
  items: CatalogueListItem[];
  filter: { text: string; state: StateFilter };
  departments: ReadonlyMap<string, string>;
}

export function CatalogueListPage({ actor, kind, items, filter, departments }: ListProps) {
  const { locale } = usePage();
  const m = catalogueMessages.in(locale);
  const states = kind === "location" ? (["all", "pending"] as const) : stateFilters;
  return (
    <BackofficeLayout actor={actor} title={`${m.kinds[kind]} – ${m.catalogue}`}>
      <h1 class="kern-heading-x-large">{m.catalogue}</h1>
      <p class="kern-body">{m.lead}</p>
      <nav class="st-staffnav" aria-label={m.areas}>
        <ul>
          {editableKinds.map((k) => (
            <li>
              <a class="kern-link" href={listPath(k)} aria-current={k === kind ? "page" : undefined}>
                {m.kinds[k]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 class="kern-heading-large">{m.kinds[kind]}</h2>
      <p>
        <a class="kern-btn kern-btn--secondary" href={newPath(kind)}>
          <span class="kern-label">{m.newEntry[kind]}</span>
        </a>
      </p>
      <form method="get" action={listPath(kind)} class="st-filter-form" role="search" aria-label={m.filter}>
        <TextField name="q" label={m.filterText} type="search" value={filter.text} optional maxLength={200} />
        <SelectField name="status" label={m.filterState} value={filter.state} options={choicesOf(states.map((s) => [s, m.states[s]] as const))} />
        <button class="kern-btn kern-btn--secondary" type="submit">
          <span class="kern-label">{m.filter}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {m.count(items.length)}
      </p>
      {items.length === 0 ? (
        <p class="kern-body">{m.none}</p>
      ) : (
        <div class="kern-table-responsive">
          <table class="kern-table">
            <caption class="kern-sr-only">{m.kinds[kind]}</caption>
            <thead class="kern-table__header">
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.state}</th>
                <th scope="col">{m.updated}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {items.map((item) => (
                <tr>
                  <th scope="row">
                    {item.name}
                    <span class="st-muted kern-body--small">
                      {" "}
                      ({item.id}
                      {item.departmentId ? `, ${departments.get(item.departmentId) ?? item.departmentId}` : ""})
                    </span>
                  </th>
                  <td>
                    {item.state ? <StatusTag label={m.states[item.state]} tone={item.state === "published" ? "success" : item.state === "archived" ? "warning" : "info"} /> : null}
                    {item.unpublished ? <StatusTag label={m.unpublished} tone="info" /> : null}
                    {item.pending && !item.unpublished ? <> <StatusTag label={m.pending} tone="warning" /></> : null}
                  </td>
                  <td>{formatDate(item.updatedAt, locale, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td>
                    <a class="kern-link" href={editPath(kind, item.id)} aria-label={m.editFor(item.name)}>
                      {m.edit}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </BackofficeLayout>
  );
}
