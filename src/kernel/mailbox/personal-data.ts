// The Postkorb's part of "Meine Daten" (every message with its attachments' details) and of "Konto
// löschen" (the messages go: they were addressed to this person only, nothing of them is public).
import type { PersonalDataSource } from "../identity/index.ts";
import "./tables.ts";

export const mailboxPersonalData: PersonalDataSource = {
  name: "postkorb",
  async export(db, accountId) {
    const messages = await db
      .selectFrom("mailbox.message")
      .select(["id", "sender_department_id", "subject", "body", "case_ref", "case_url", "state", "created_at", "read_at", "archived_at"])
      .where("account_id", "=", accountId)
      .orderBy("created_at")
      .execute();
    const attachments =
      messages.length === 0
        ? []
        : await db
            .selectFrom("mailbox.attachment")
            .select(["message_id", "file_name", "content_type", "size_bytes", "created_at"])
            .where(
              "message_id",
              "in",
              messages.map((m) => m.id),
            )
            .execute();
    return messages.map((m) => ({
      id: m.id,
      senderDepartment: m.sender_department_id,
      subject: m.subject,
      body: m.body,
      caseReference: m.case_ref,
      caseUrl: m.case_url,
      state: m.state,
      receivedAt: m.created_at,
      readAt: m.read_at,
      archivedAt: m.archived_at,
      attachments: attachments
        .filter((a) => a.message_id === m.id)
        .map((a) => ({ fileName: a.file_name, contentType: a.content_type, sizeBytes: Number(a.size_bytes), addedAt: a.created_at })),
    }));
  },
  async erase(tx, accountId) {
    // Attachment rows follow by cascade; their files are removed by the files issue's cleanup.
    await tx.deleteFrom("mailbox.message").where("account_id", "=", accountId).execute();
  },
};
