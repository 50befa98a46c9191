// A citizen opens, archives or brings back one of their own messages. The state machine decides what an
// event does; the row is locked so two tabs archiving at once cannot both write (and both audit) a change.
import { sql } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../identity/index.ts";
import type { Tx } from "../../platform/db/index.ts";
import { mailboxOwner } from "./mailbox-owner.ts";
import { nextState, type MessageEvent, type MessageState } from "./message-state.ts";
import "./tables.ts";

export interface ChangeMessageStateInput {
  messageId: string;
  event: MessageEvent;
}

export type ChangeMessageStateResult =
  | { ok: true; state: MessageState; changed: boolean }
  /** Not the actor's message, or no such message: the caller answers 404 either way. */
  | { ok: false; reason: "not-found" };

const auditAction: Record<MessageEvent, string> = {
  open: "mailbox.message-read",
  archive: "mailbox.message-archived",
  unarchive: "mailbox.message-unarchived",
};

/** An event that does not apply in the current state (archiving an archived message) changes nothing. */
export async function changeMessageState(actor: Actor, input: ChangeMessageStateInput, tx: Tx): Promise<ChangeMessageStateResult> {
  const owner = mailboxOwner(actor);
  if (owner === undefined) return { ok: false, reason: "not-found" };
  const row = await tx
    .selectFrom("mailbox.message")
    .select(["state"])
    .where("id", "=", input.messageId)
    .where("account_id", "=", owner)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "not-found" };
  const next = nextState(row.state, input.event);
  if (next === undefined) return { ok: true, state: row.state, changed: false };
  await tx
    .updateTable("mailbox.message")
    .set({
      state: next,
      // Archived messages were dealt with, so they never count as unread, and coming back they stay read.
      read_at: sql`coalesce(read_at, now())`,
      archived_at: next === "archived" ? sql`now()` : null,
    })
    .where("id", "=", input.messageId)
    .execute();
  await recordAudit(tx, actor, auditAction[input.event], { type: "mailbox.message", id: input.messageId }, { from: row.state, to: next });
  return { ok: true, state: next, changed: true };
}
