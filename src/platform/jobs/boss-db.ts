// pg-boss runs its SQL through these adapters instead of opening its own pool: on PostgreSQL that keeps
// one pool per process, on PGlite it is the only way in (one connection, in-process).
import { AsyncLocalStorage } from "node:async_hooks";
import { CompiledQuery, type Kysely } from "kysely";
import type PgBoss from "pg-boss";
import type { Db } from "../db/index.ts";

type Executor = Pick<Kysely<unknown>, "executeQuery">;

/** Runs pg-boss calls made inside `run` on the given transaction, and all others on the pool. */
export interface BossDb extends PgBoss.Db {
  run<T>(tx: Executor, work: () => Promise<T>): Promise<T>;
}

// pg-boss sends its install, upgrade and maintenance scripts as one "BEGIN; …; COMMIT" string. When a
// statement in it fails (a lock timeout, or the loser of a concurrent install getting "already exists",
// which pg-boss expects and ignores) the session stays in the aborted transaction, and the pool would
// hand that broken connection to the next query: "current transaction is aborted". Measured; ADR 0004.
const opensTransaction = /^\s*BEGIN\b/i;

/** pg-boss' `db` on one fixed executor: the caller's transaction (outbox send) or one held connection. */
export function executorDb(executor: Executor): PgBoss.Db {
  return {
    async executeSql(text, values) {
      try {
        return await executor.executeQuery(CompiledQuery.raw(text, values ?? []));
      } catch (error) {
        if (opensTransaction.test(text)) await executor.executeQuery(CompiledQuery.raw("ROLLBACK")).catch(() => undefined);
        throw error;
      }
    },
  };
}

export function bossDb(db: Db): BossDb {
  const scope = new AsyncLocalStorage<Executor>();
  return {
    run: (tx, work) => scope.run(tx, work),
    async executeSql(text, values) {
      const tx = scope.getStore();
      if (tx) return executorDb(tx).executeSql(text, values);
      return db.connection().execute((conn) => executorDb(conn).executeSql(text, values));
    },
  };
}
