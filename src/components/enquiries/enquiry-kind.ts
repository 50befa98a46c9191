// The case kind "Anfrage an die Stadt": a question or request to the city where no specific online service
// exists. Its state machine, the plain-language texts citizens read, and the deadline (10 working days).
import { CaseKindError, registerCaseKind, type CaseKindDefinition } from "../../kernel/cases/index.ts";

export const ENQUIRY_KIND = "enquiries.enquiry";

/** Working days the city gives itself to answer an enquiry. */
export const ENQUIRY_ANSWER_WORKING_DAYS = 10;

/** Category set when the citizen chose "Ich weiß es nicht": the department that got it checks who is responsible. */
export const DEPARTMENT_UNKNOWN = "department-unknown";

const t = (de: string, en: string) => ({ de, en });

export const enquiryKind: CaseKindDefinition = {
  id: ENQUIRY_KIND,
  referencePrefix: "A",
  label: t("Anfrage an die Stadt", "Enquiry to the city"),
  initialState: "received",
  states: {
    // Not public before someone at the city has read it: a public enquiry shows once it is being worked on.
    received: {
      label: t("Eingegangen", "Received"),
      citizenLabel: t("Bei uns eingegangen", "We have received it"),
      nextStep: t(
        `Wir lesen Ihre Anfrage und antworten Ihnen innerhalb von ${ENQUIRY_ANSWER_WORKING_DAYS} Arbeitstagen.`,
        `We will read your enquiry and answer within ${ENQUIRY_ANSWER_WORKING_DAYS} working days.`,
      ),
      open: true,
      public: false,
      tone: "info",
    },
    "in-progress": {
      label: t("In Bearbeitung", "In progress"),
      citizenLabel: t("Wir kümmern uns darum", "We are working on it"),
      nextStep: t("Wir klären Ihre Anfrage und schreiben Ihnen, sobald wir eine Antwort haben.", "We are looking into your enquiry and will write to you as soon as we have an answer."),
      open: true,
      public: true,
      tone: "info",
    },
    "waiting-for-citizen": {
      label: t("Wartet auf Antwort", "Awaiting reply"),
      citizenLabel: t("Wir brauchen Ihre Antwort", "We need your answer"),
      nextStep: t(
        "Bitte beantworten Sie unsere Rückfrage unten auf dieser Seite. Bis dahin ruht die Frist.",
        "Please answer our question at the bottom of this page. Until then the deadline is on hold.",
      ),
      open: true,
      public: true,
      pausesClock: true,
      tone: "warning",
    },
    answered: {
      label: t("Beantwortet", "Answered"),
      citizenLabel: t("Beantwortet", "Answered"),
      nextStep: t(
        "Unsere Antwort steht im Verlauf. Wenn noch etwas offen ist, stellen Sie bitte eine neue Anfrage und nennen das Aktenzeichen.",
        "Our answer is in the history below. If anything is still unclear, please send a new enquiry and quote the reference.",
      ),
      open: false,
      public: true,
      tone: "success",
    },
    rejected: {
      label: t("Abgelehnt", "Rejected"),
      citizenLabel: t("Abgelehnt", "Declined"),
      nextStep: t("Den Grund finden Sie im Verlauf.", "You will find the reason in the history below."),
      open: false,
      public: false,
      tone: "danger",
    },
    reopened: {
      label: t("Wieder geöffnet", "Reopened"),
      citizenLabel: t("Wieder in Bearbeitung", "Being worked on again"),
      nextStep: t("Wir sehen uns Ihre Anfrage noch einmal an und melden uns bei Ihnen.", "We are looking at your enquiry again and will get back to you."),
      open: true,
      public: true,
      tone: "info",
    },
  },
  transitions: [
    { action: "start", from: ["received"], to: "in-progress", label: t("Bearbeitung beginnen", "Start working on it") },
    { action: "ask", from: ["received", "in-progress", "reopened"], to: "waiting-for-citizen", label: t("Rückfrage stellen", "Ask the citizen"), requiresComment: true },
    { action: "resume", from: ["waiting-for-citizen"], to: "in-progress", label: t("Weiter bearbeiten", "Resume") },
    { action: "answer", from: ["received", "in-progress", "waiting-for-citizen", "reopened"], to: "answered", label: t("Antworten und abschließen", "Answer and close"), requiresComment: true },
    { action: "reject", from: ["received", "in-progress", "waiting-for-citizen", "reopened"], to: "rejected", label: t("Ablehnen", "Reject"), requiresComment: true },
    { action: "reopen", from: ["answered", "rejected"], to: "reopened", label: t("Wieder öffnen", "Reopen") },
  ],
  categories: [{ id: DEPARTMENT_UNKNOWN, label: t("Zuständigkeit unklar", "Department unclear") }],
  // submitEnquiry always routes (the citizen's choice or the configured default); nothing else opens enquiries.
  departmentFor: (facts) => {
    if (!facts.requestedDepartmentId) throw new CaseKindError(`${ENQUIRY_KIND}: opened without a department`);
    return facts.requestedDepartmentId;
  },
  dueInWorkingDays: () => ENQUIRY_ANSWER_WORKING_DAYS,
  publicByDefault: false,
  // The citizen's answer to our question is what we waited for: the clock runs again without a click.
  resumeOnCitizenReply: "resume",
};

/** Registers the kind with the case kernel; idempotent (the app and the demo seed both call it). */
export function registerEnquiryKind(): void {
  registerCaseKind(enquiryKind);
}
