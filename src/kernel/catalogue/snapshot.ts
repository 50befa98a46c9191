// The published catalogue as one in-memory snapshot. Portal pages read it on every request, so they
// must not query: PGlite serves one query at a time and the start page has to stay fast. The snapshot is
// rebuilt when the catalogue changes (invalidate) and is otherwise shared by all requests.
import type { Executor } from "../../platform/db/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";
import type { LocalizedText, OnlineKind } from "./tables.ts";

export interface ServiceEntry {
  id: string;
  name: LocalizedText;
  summary: LocalizedText;
  synonyms: readonly string[];
  departmentId: string;
  onlineKind: OnlineKind | null;
  popularity: number;
}

export interface LifeSituationEntry {
  id: string;
  name: LocalizedText;
  introduction: LocalizedText;
  serviceIds: string[];
}

export interface CatalogueSnapshot {
  services: ReadonlyMap<string, ServiceEntry>;
  /** Published services, best first by popularity (the fallback until usage is measured). */
  byPopularity: readonly ServiceEntry[];
  lifeSituations: readonly LifeSituationEntry[];
  departments: ReadonlyMap<string, { id: string; name: LocalizedText }>;
  locationCount: number;
}

/** The text in the wanted language, German when that language is missing. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.de;
}

export async function loadCatalogueSnapshot(db: Executor): Promise<CatalogueSnapshot> {
  const [services, situations, links, departments, locations] = await Promise.all([
    db.selectFrom("catalogue.service").select(["id", "name", "summary", "synonyms", "department_id", "online_kind", "popularity"]).where("published", "=", true).execute(),
    db.selectFrom("catalogue.life_situation").select(["id", "name", "introduction"]).where("published", "=", true).orderBy("position").orderBy("id").execute(),
    db.selectFrom("catalogue.life_situation_service").select(["life_situation_id", "service_id"]).orderBy("position").execute(),
    db.selectFrom("catalogue.department").select(["id", "name"]).execute(),
    db.selectFrom("catalogue.location").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const entries = services.map<ServiceEntry>((s) => ({
    id: s.id,
    name: s.name,
    summary: s.summary,
    synonyms: s.synonyms,
    departmentId: s.department_id,
    onlineKind: s.online_kind,
    popularity: s.popularity,
  }));
  const map = new Map(entries.map((e) => [e.id, e]));
  return {
    services: map,
    byPopularity: [...entries].sort((a, b) => b.popularity - a.popularity || a.id.localeCompare(b.id)),
    lifeSituations: situations.map((ls) => ({
      id: ls.id,
      name: ls.name,
      introduction: ls.introduction,
      serviceIds: links.filter((l) => l.life_situation_id === ls.id && map.has(l.service_id)).map((l) => l.service_id),
    })),
    departments: new Map(departments.map((d) => [d.id, d])),
    locationCount: Number(locations.n),
  };
}

/** Holds the snapshot; the first reader loads it, `invalidate()` makes the next reader load it anew. */
export class CatalogueCache {
  #current: Promise<CatalogueSnapshot> | undefined;
  #version = 0;
  constructor(private readonly db: Executor) {}

  get(): Promise<CatalogueSnapshot> {
    if (!this.#current) {
      const loading = loadCatalogueSnapshot(this.db);
      this.#current = loading;
      loading.catch(() => {
        if (this.#current === loading) this.#current = undefined;
      });
    }
    return this.#current;
  }

  /** Counts changes, so that caches built from the snapshot (rendered pages) know when to drop. */
  get version(): number {
    return this.#version;
  }

  invalidate(): void {
    this.#current = undefined;
    this.#version += 1;
  }
}
