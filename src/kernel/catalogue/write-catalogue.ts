// Writes catalogue entries (used by the demo seed now, by the catalogue import later). Inserts or
// updates by id, so running it twice changes nothing. Runs inside the caller's transaction.
import type { Tx } from "../../platform/db/index.ts";
import type { LocalizedText, OnlineKind } from "./tables.ts";

export interface CatalogueEntries {
  departments: Array<{ id: string; shortName: string; name: LocalizedText; email?: string; phone?: string }>;
  locations: Array<{
    id: string; departmentId: string; name: LocalizedText; street: string; postalCode: string; city: string;
    geo?: [number, number]; accessible: boolean;
    hours: Array<{ weekdays: number[]; opens: string; closes: string }>;
  }>;
  services: Array<{
    id: string; leikaKey?: string; name: LocalizedText; summary: LocalizedText; synonyms: string[]; departmentId: string;
    onlineKind: OnlineKind | null; popularity: number; locationIds: string[];
  }>;
  lifeSituations: Array<{ id: string; name: LocalizedText; introduction: LocalizedText; serviceIds: string[] }>;
}

export async function writeCatalogueEntries(tx: Tx, entries: CatalogueEntries): Promise<void> {
  for (const d of entries.departments) {
    const row = { id: d.id, short_name: d.shortName, name: d.name, email: d.email ?? null, phone: d.phone ?? null };
    await tx.insertInto("catalogue.department").values(row).onConflict((oc) => oc.column("id").doUpdateSet({ ...row, updated_at: new Date() })).execute();
  }
  for (const l of entries.locations) {
    const row = {
      id: l.id, department_id: l.departmentId, name: l.name, street: l.street, postal_code: l.postalCode, city: l.city,
      longitude: l.geo?.[0] ?? null, latitude: l.geo?.[1] ?? null, accessible: l.accessible,
    };
    await tx.insertInto("catalogue.location").values(row).onConflict((oc) => oc.column("id").doUpdateSet({ ...row, updated_at: new Date() })).execute();
    await tx.deleteFrom("catalogue.opening_hours").where("location_id", "=", l.id).execute();
    const hours = l.hours.flatMap((h) => h.weekdays.map((weekday) => ({ location_id: l.id, weekday, opens: h.opens, closes: h.closes })));
    if (hours.length > 0) await tx.insertInto("catalogue.opening_hours").values(hours).execute();
  }
  for (const s of entries.services) {
    const row = {
      id: s.id, leika_key: s.leikaKey ?? null, name: s.name, summary: s.summary, synonyms: s.synonyms,
      department_id: s.departmentId, online_kind: s.onlineKind, popularity: s.popularity,
    };
    await tx.insertInto("catalogue.service").values(row).onConflict((oc) => oc.column("id").doUpdateSet({ ...row, updated_at: new Date() })).execute();
    await tx.deleteFrom("catalogue.service_location").where("service_id", "=", s.id).execute();
    if (s.locationIds.length > 0) {
      await tx.insertInto("catalogue.service_location").values(s.locationIds.map((location_id) => ({ service_id: s.id, location_id }))).execute();
    }
  }
  for (const [position, ls] of entries.lifeSituations.entries()) {
    const row = { id: ls.id, name: ls.name, introduction: ls.introduction, position };
    await tx.insertInto("catalogue.life_situation").values(row).onConflict((oc) => oc.column("id").doUpdateSet({ ...row, updated_at: new Date() })).execute();
    await tx.deleteFrom("catalogue.life_situation_service").where("life_situation_id", "=", ls.id).execute();
    if (ls.serviceIds.length > 0) {
      await tx
        .insertInto("catalogue.life_situation_service")
        .values(ls.serviceIds.map((service_id, i) => ({ life_situation_id: ls.id, service_id, position: i })))
        .execute();
    }
  }
}

export async function catalogueIsEmpty(tx: Tx): Promise<boolean> {
  const row = await tx.selectFrom("catalogue.department").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}
