// Lets each visitor count at most once per service, kind and day, so that nobody can push a service up the
// public "most used" list by reloading or scripting requests. Visitors are told apart by a hash of their
// address under a random key that changes every day; hash and key live only in this process's memory
// and are never written anywhere.
import { createHmac, randomBytes } from "node:crypto";

// Far above a real day's distinct (visitor, service, kind) triples on one node; after a flood that fills
// it, nothing more is counted until the day turns — better than letting the flood count.
const MAX_ENTRIES = 500_000;

export class OncePerVisitor {
  #day = "";
  #key = randomBytes(32);
  #seen = new Set<string>();

  /** True the first time this visitor does `what` on `day`; false for every repeat. */
  first(day: string, visitor: string, what: string): boolean {
    if (day !== this.#day) {
      this.#day = day;
      this.#key = randomBytes(32);
      this.#seen = new Set();
    }
    const id = createHmac("sha256", this.#key).update(visitor).digest("base64url").slice(0, 16) + " " + what;
    if (this.#seen.has(id)) return false;
    if (this.#seen.size >= MAX_ENTRIES) return false;
    this.#seen.add(id);
    return true;
  }
}
