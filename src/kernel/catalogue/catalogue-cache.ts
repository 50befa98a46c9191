// Holds the catalogue snapshot for every request of this process. The first reader loads it; a change
// made here calls invalidate(); a change made by another process (the import CLI, another app node) is
// noticed by comparing the catalogue revision, at most every few seconds and off the request's path:
// the new snapshot is loaded in the background and swapped in when ready.
import type { Executor } from "../../platform/db/index.ts";
import { loadCatalogueSnapshot } from "./load-snapshot.ts";
import { readCatalogueRevision } from "./revision.ts";
import type { CatalogueSnapshot } from "./snapshot.ts";

export interface CatalogueCacheOptions {
  /**
   * At most this often a read starts one small query for the revision (default 5 s). The read itself
   * does not wait for it: the request that notices a change still gets the old snapshot, the next the new.
   */
  checkIntervalMs?: number;
}

export class CatalogueCache {
  #current: Promise<CatalogueSnapshot> | undefined;
  #version = 0;
  #lastCheck = Number.NEGATIVE_INFINITY;
  #checking = false;
  readonly #checkIntervalMs: number;

  constructor(
    private readonly db: Executor,
    options: CatalogueCacheOptions = {},
  ) {
    this.#checkIntervalMs = options.checkIntervalMs ?? 5_000;
  }

  get(): Promise<CatalogueSnapshot> {
    this.#checkNowAndThen();
    if (!this.#current) {
      const loading = loadCatalogueSnapshot(this.db);
      this.#current = loading;
      loading.catch(() => {
        if (this.#current === loading) this.#current = undefined;
      });
    }
    return this.#current;
  }

  /**
   * Counts changes, so that caches built from the snapshot (rendered pages) know when to drop. Reading
   * it also starts the revision check now and then: pages served from such a cache never call get().
   */
  get version(): number {
    this.#checkNowAndThen();
    return this.#version;
  }

  invalidate(): void {
    this.#current = undefined;
    this.#version += 1;
  }

  /**
   * Compares the database's revision with the snapshot's; when they differ, loads the new snapshot and
   * then swaps it in, so readers keep being served from the old one meanwhile instead of waiting.
   */
  async checkForChanges(): Promise<boolean> {
    const current = this.#current;
    if (!current) return false;
    const [revision, snapshot] = await Promise.all([readCatalogueRevision(this.db), current]);
    if (revision === snapshot.revision || this.#current !== current) return false;
    const fresh = await loadCatalogueSnapshot(this.db);
    // invalidate() was called meanwhile: the load it started is at least as new, and it moved the version.
    if (this.#current !== current) return false;
    this.#current = Promise.resolve(fresh);
    this.#version += 1;
    return true;
  }

  #checkNowAndThen(): void {
    const now = performance.now();
    if (this.#checking || now - this.#lastCheck < this.#checkIntervalMs) return;
    this.#lastCheck = now;
    this.#checking = true;
    // A failed check (database briefly away) keeps the snapshot; the next interval tries again.
    void this.checkForChanges()
      .catch(() => false)
      .finally(() => {
        this.#checking = false;
      });
  }
}
