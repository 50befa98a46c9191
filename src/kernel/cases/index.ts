// kernel/cases: the case (Vorgang) every component's submissions become — kinds with their state machines,
// reference numbers, the timeline, deadlines in working days, notifications to the citizen, and the reads
// for staff, the citizen, people with a secret link and the public. The kernel never names a component:
// components register their kinds with registerCaseKind().
import { fileURLToPath } from "node:url";
import { registerPersonalData } from "../identity/index.ts";
import type { MigrationSource } from "../../platform/db/index.ts";
import { casesPersonalData } from "./personal-data.ts";
import "./tables.ts";

export type { CasePriority, TimelineEntryType, TimelineVisibility } from "./tables.ts";
export { casePriorities } from "./tables.ts";
export {
  registerCaseKind,
  caseKind,
  registeredCaseKinds,
  stateOf,
  transitionsFrom,
  findTransition,
  CaseKindError,
  type CaseKindDefinition,
  type CaseStateDefinition,
  type CaseTransition,
  type CaseText,
  type NewCaseFacts,
} from "./case-kind.ts";
export { caseActions, type CaseAction } from "./permissions.ts";
export type { CaseDeps, CaseRefusal } from "./case-deps.ts";
export { isCaseId } from "./case-row.ts";
export { referencePattern, parseReference, formatReference } from "./reference.ts";
export { accessPath, accessTokenPattern } from "./access-link.ts";
export { createCase, createCaseInput, type CreateCaseInput, type CreateCaseResult } from "./create-case.ts";
export { changeCaseState, changeCaseStateInput, type ChangeCaseStateInput, type ChangeCaseStateResult } from "./change-case-state.ts";
export { assignCase, assignCaseInput, assignCases, assignCasesInput, type AssignCaseInput, type AssignCaseResult, type AssignCasesInput, type AssignCasesResult } from "./assign-case.ts";
export { addInternalNote, addInternalNoteInput, type AddInternalNoteInput, type AddInternalNoteResult } from "./add-internal-note.ts";
export { publishUpdate, publishUpdateInput, type PublishUpdateInput, type PublishUpdateResult } from "./publish-update.ts";
export { messageCitizen, messageCitizenInput, type MessageCitizenInput, type MessageCitizenResult } from "./message-citizen.ts";
export { changeCaseDetails, changeCaseDetailsInput, type CaseDetail, type ChangeCaseDetailsInput, type ChangeCaseDetailsResult } from "./change-case-details.ts";
export { reassignCase, reassignCaseInput, type ReassignCaseInput, type ReassignCaseResult } from "./reassign-case.ts";
export { renewAccessLink, renewAccessLinkInput, type RenewAccessLinkInput, type RenewAccessLinkResult } from "./renew-access-link.ts";
export { replyAsCitizen, replyAsCitizenInput, REPLY_MAX, type CitizenAccess, type ReplyAsCitizenInput, type ReplyAsCitizenResult } from "./reply-as-citizen.ts";
export {
  fillTemplate,
  templateFacts,
  templatePlaceholders,
  unknownPlaceholders,
  listResponseTemplates,
  renderResponseTemplate,
  type ResponseTemplate,
  type TemplateFacts,
  type TemplatePlaceholder,
} from "./response-templates.ts";
export { saveResponseTemplate, saveResponseTemplateInput, type SaveResponseTemplateInput, type SaveResponseTemplateResult } from "./save-response-template.ts";
export { deleteResponseTemplate, deleteResponseTemplateInput, type DeleteResponseTemplateInput, type DeleteResponseTemplateResult } from "./delete-response-template.ts";
export { readTimeline, type TimelineAudience, type TimelineEntry } from "./timeline-read.ts";
export {
  findCaseForStaff,
  findCaseForCitizen,
  findCaseByAccessToken,
  findPublicCase,
  listCitizenCases,
  type CaseSummary,
  type CitizenCase,
  type StaffCase,
  type PublicCase,
} from "./case-queries.ts";
export {
  berlinDate,
  addWorkingDays,
  workingDaysBetween,
  isWorkingDay,
  isOverdue,
  remainingWorkingDays,
  bavarianHolidays,
  type CalendarDate,
  type CalendarOptions,
} from "./calendar/index.ts";
export { officeCalendar } from "./office-calendar.ts";
export { listInbox, inboxFilterInput, inboxSorts, type InboxFilter, type InboxFilterInput, type InboxItem, type InboxPage, type InboxSort } from "./inbox-query.ts";
export { departmentFigures, dashboardWindows, type DepartmentFigures } from "./dashboard-query.ts";

// Whoever loads the cases (every app and migration run, through modules.ts) has them in "Meine Daten" and
// "Konto löschen"; registering again replaces.
registerPersonalData(casesPersonalData);

export const casesMigrations: MigrationSource = { module: "cases", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
