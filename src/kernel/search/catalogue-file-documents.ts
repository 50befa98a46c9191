// Documents from a catalogue in the exchange format (../shared/data/README.md), before or without an
// import: for the search evaluation and benchmark, and for the engine's tests on a realistic catalogue.
import type { SearchDocument } from "./search-document.ts";

interface FileService {
  id: string;
  name: string;
  synonyms?: string[];
  summary?: string;
  description?: string;
  en?: { name?: string; summary?: string };
  departmentId?: string;
  popularity?: number;
}

export interface CatalogueFileContent {
  departments?: Array<{ id: string; name: string; en?: { name?: string } }>;
  lifeSituations?: Array<{ id: string; name: string; en?: { name?: string }; serviceIds: string[] }>;
  services: FileService[];
}

export function documentsFromCatalogueFile(file: CatalogueFileContent): SearchDocument[] {
  const departments = new Map((file.departments ?? []).map((d) => [d.id, { de: d.name, en: d.en?.name }]));
  return file.services.map((s) => {
    const situations = (file.lifeSituations ?? []).filter((ls) => ls.serviceIds.includes(s.id)).map((ls) => ({ de: ls.name, en: ls.en?.name }));
    const department = s.departmentId ? departments.get(s.departmentId) : undefined;
    return {
      id: s.id,
      name: { de: s.name, en: s.en?.name },
      synonyms: s.synonyms ?? [],
      summary: { de: s.summary, en: s.en?.summary },
      body: s.description ? [{ de: s.description }] : [],
      categories: department ? [...situations, department] : situations,
      popularity: s.popularity ?? 0,
    };
  });
}
