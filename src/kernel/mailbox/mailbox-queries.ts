// Reading the Postkorb: one account's messages per box and page, one message with its attachments, and the
// unread count the header shows on every page (kept to one index-only lookup).
import { sql } from "kysely";
import type { Executor } from "../../platform/db/index.ts";
import type { MessageState } from "./message-state.ts";
import "./tables.ts";

export type MailboxBox = "inbox" | "archive";

/** A department's name by language, as the catalogue stores it. */
export type SenderName = { de: string; en?: string };

export interface MessageListItem {
  id: string;
  subject: string;
  sender: SenderName;
  state: MessageState;
  createdAt: Date;
}

export interface MessagePage {
  items: MessageListItem[];
  total: number;
  page: number;
  pages: number;
}

export interface AttachmentInfo {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface MailboxMessage extends MessageListItem {
  body: string;
  caseRef: string | null;
  caseUrl: string | null;
  readAt: Date | null;
  archivedAt: Date | null;
  attachments: AttachmentInfo[];
}

export const MESSAGES_PER_PAGE = 20;

function inBox(box: MailboxBox) {
  return box === "archive" ? (["archived"] as MessageState[]) : (["unread", "read"] as MessageState[]);
}

/** Newest first. A page beyond the last shows the last page. */
export async function listMessages(db: Executor, accountId: string, box: MailboxBox, page: number, perPage = MESSAGES_PER_PAGE): Promise<MessagePage> {
  const states = inBox(box);
  const { count } = await db
    .selectFrom("mailbox.message")
    .select(sql<string>`count(*)`.as("count"))
    .where("account_id", "=", accountId)
    .where("state", "in", states)
    .executeTakeFirstOrThrow();
  const total = Number(count);
  const pages = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db
    .selectFrom("mailbox.message as m")
    .innerJoin("catalogue.department as d", "d.id", "m.sender_department_id")
    .select(["m.id", "m.subject", "d.name as sender", "m.state", "m.created_at"])
    .where("m.account_id", "=", accountId)
    .where("m.state", "in", states)
    .orderBy("m.created_at", "desc")
    .orderBy("m.id")
    .limit(perPage)
    .offset((current - 1) * perPage)
    .execute();
  return {
    items: rows.map((r) => ({ id: r.id, subject: r.subject, sender: r.sender, state: r.state, createdAt: r.created_at })),
    total,
    page: current,
    pages,
  };
}

/** undefined unless the message exists and belongs to `accountId`. */
export async function findMessage(db: Executor, accountId: string, id: string): Promise<MailboxMessage | undefined> {
  const row = await db
    .selectFrom("mailbox.message as m")
    .innerJoin("catalogue.department as d", "d.id", "m.sender_department_id")
    .select(["m.id", "m.subject", "m.body", "d.name as sender", "m.state", "m.created_at", "m.read_at", "m.archived_at", "m.case_ref", "m.case_url"])
    .where("m.account_id", "=", accountId)
    .where("m.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const attachments = await db
    .selectFrom("mailbox.attachment")
    .select(["id", "file_name", "content_type", "size_bytes"])
    .where("message_id", "=", id)
    .orderBy("file_name")
    .execute();
  return {
    id: row.id,
    subject: row.subject,
    body: row.body,
    sender: row.sender,
    state: row.state,
    createdAt: row.created_at,
    readAt: row.read_at,
    archivedAt: row.archived_at,
    caseRef: row.case_ref,
    caseUrl: row.case_url,
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, contentType: a.content_type, sizeBytes: Number(a.size_bytes) })),
  };
}

/** Unread messages of the account (served by the partial index message_unread_idx). */
export async function countUnreadMessages(db: Executor, accountId: string): Promise<number> {
  const { count } = await db
    .selectFrom("mailbox.message")
    .select(sql<string>`count(*)`.as("count"))
    .where("account_id", "=", accountId)
    .where("state", "=", "unread")
    .executeTakeFirstOrThrow();
  return Number(count);
}
