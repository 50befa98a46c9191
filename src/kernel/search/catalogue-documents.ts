// The published catalogue as search documents, and the search index of a catalogue snapshot. A snapshot
// is replaced whenever the catalogue changes, so an index kept per snapshot is rebuilt exactly then.
import type { CatalogueSnapshot, ServiceEntry } from "../catalogue/index.ts";
import { buildSearchIndex, type SearchIndex } from "./build-index.ts";
import type { LocalizedTexts, SearchDocument } from "./search-document.ts";

const indexes = new WeakMap<CatalogueSnapshot, SearchIndex>();

export function serviceDocument(service: ServiceEntry, snapshot: CatalogueSnapshot): SearchDocument {
  const categories: LocalizedTexts[] = [];
  for (const id of service.lifeSituationIds) {
    const situation = snapshot.lifeSituationsById.get(id);
    if (situation) categories.push(situation.name);
  }
  const department = snapshot.departments.get(service.departmentId);
  if (department) categories.push(department.name);
  return {
    id: service.id,
    name: service.name,
    synonyms: [...service.synonyms, ...(service.otherSynonyms.en ?? [])],
    summary: service.summary,
    body: service.description ? [service.description] : [],
    categories,
    popularity: service.popularity,
  };
}

/** The search index of this snapshot's published services, built on first use (a few ms per 100 services). */
export function catalogueSearchIndex(snapshot: CatalogueSnapshot): SearchIndex {
  let index = indexes.get(snapshot);
  if (!index) {
    index = buildSearchIndex([...snapshot.services.values()].map((s) => serviceDocument(s, snapshot)));
    indexes.set(snapshot, index);
  }
  return index;
}
