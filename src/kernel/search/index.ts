// kernel/search: an in-memory search engine for German (and English) queries over small document sets,
// such as the service catalogue. Public API: build an index from documents, search it, suggest while typing.
export type { LocalizedTexts, MatchQuality, SearchDocument, SearchHit, SearchOptions, SearchResult } from "./search-document.ts";
export { buildSearchIndex, type SearchIndex } from "./build-index.ts";
export { search, suggest } from "./search.ts";
export { catalogueSearchIndex, serviceDocument } from "./catalogue-documents.ts";
export { documentsFromCatalogueFile, type CatalogueFileContent } from "./catalogue-file-documents.ts";
