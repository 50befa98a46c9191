// What a component declares about its kind of case: the state machine (states, allowed transitions, which
// states are open, public or pause the clock), plain-language texts for citizens, routing of new cases to a
// department, and the deadline rule. The kernel keeps the declarations; it never imports a component.

/** A text for staff and citizens in German and English. */
export interface CaseText {
  de: string;
  en: string;
}

export interface CaseStateDefinition {
  /** Short name in the back office, e.g. "In Bearbeitung". */
  label: CaseText;
  /** How the citizen reads it, in plain language, e.g. "Wir kümmern uns darum". Defaults to label. */
  citizenLabel?: CaseText;
  /** What happens next, shown to the citizen, e.g. "Wir melden uns, sobald …". */
  nextStep?: CaseText;
  /** Counts as open (in the inbox's open list, deadline running) or closed (done, rejected). */
  open: boolean;
  /** A public case is shown on its public page only while in a public state (e.g. not before it was checked). */
  public: boolean;
  /** Waiting for the citizen: the deadline clock stops while the case is in this state. */
  pausesClock?: boolean;
  /** The status tag's colour in lists. */
  tone?: "neutral" | "info" | "success" | "warning" | "danger";
}

export interface CaseTransition {
  /** The action's id, unique per kind, e.g. "start", "close", "reject". */
  action: string;
  from: readonly string[];
  to: string;
  /** The button label, e.g. "Bearbeitung beginnen". */
  label: CaseText;
  /** The public update or reason staff must write with this step (e.g. when rejecting). */
  requiresComment?: boolean;
}

export interface NewCaseFacts {
  category: string | null;
  title: string;
  /** The department the citizen chose, where the component lets them choose (the kind may ignore it). */
  requestedDepartmentId: string | null;
}

export interface CaseKindDefinition {
  /** Unique id, "<component>.<kind>", e.g. "issue-reports.report". */
  id: string;
  /** The prefix of reference numbers of this kind, e.g. "M" → "M-2026-004711". 1–4 capital letters. */
  referencePrefix: string;
  label: CaseText;
  states: Record<string, CaseStateDefinition>;
  initialState: string;
  transitions: readonly CaseTransition[];
  /** Categories staff filter by and routing uses; ids are stored on the case. */
  categories?: ReadonlyArray<{ id: string; label: CaseText }>;
  /** Which department gets a new case (routing). */
  departmentFor(facts: NewCaseFacts): string;
  /** Working days until a new case is due; undefined: no deadline. */
  dueInWorkingDays?: (facts: NewCaseFacts) => number | undefined;
  /** Whether new cases of this kind are public unless the citizen says otherwise. */
  publicByDefault?: boolean;
  /**
   * The transition (its action) taken when the citizen replies while the case waits for them (a state that
   * pauses the clock), e.g. "resume": the answer arrived, the clock runs again. Undefined: staff resume.
   */
  resumeOnCitizenReply?: string;
  /** Whether the citizen may still write once the case is closed (e.g. to object); default: no. */
  repliesWhenClosed?: boolean;
}

export class CaseKindError extends Error {}

const kinds = new Map<string, CaseKindDefinition>();

/** Checks a kind's state machine once, at registration, so a typo fails at start and not on a click. */
function validateKind(kind: CaseKindDefinition): void {
  const fail = (why: string) => {
    throw new CaseKindError(`case kind ${kind.id}: ${why}`);
  };
  if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(kind.id)) fail("id must look like component.kind");
  if (!/^[A-Z]{1,4}$/.test(kind.referencePrefix)) fail("referencePrefix must be 1–4 capital letters");
  const states = Object.keys(kind.states);
  if (!states.includes(kind.initialState)) fail(`initial state ${kind.initialState} is not declared`);
  if (!kind.states[kind.initialState]?.open) fail("the initial state must be open");
  const actions = new Set<string>();
  for (const t of kind.transitions) {
    if (actions.has(t.action)) fail(`action ${t.action} is declared twice`);
    actions.add(t.action);
    for (const s of [...t.from, t.to]) if (!states.includes(s)) fail(`action ${t.action} names unknown state ${s}`);
    if (t.from.includes(t.to)) fail(`action ${t.action} leads from ${t.to} to itself`);
  }
  if (kind.resumeOnCitizenReply !== undefined && !actions.has(kind.resumeOnCitizenReply)) fail(`resumeOnCitizenReply names unknown action ${kind.resumeOnCitizenReply}`);
}

/**
 * Registers a kind of case. Registering the same id again replaces it (tests build many apps in one
 * process). Throws CaseKindError for an inconsistent state machine.
 */
export function registerCaseKind(kind: CaseKindDefinition): void {
  validateKind(kind);
  kinds.set(kind.id, kind);
}

export function caseKind(id: string): CaseKindDefinition | undefined {
  return kinds.get(id);
}

export function registeredCaseKinds(): CaseKindDefinition[] {
  return [...kinds.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The kind's definition of a stored case's state; a state that is no longer declared reads as open. */
export function stateOf(kind: CaseKindDefinition, state: string): CaseStateDefinition {
  return kind.states[state] ?? { label: { de: state, en: state }, open: true, public: false };
}

/** The transitions a case in `state` may take, in declaration order. */
export function transitionsFrom(kind: CaseKindDefinition, state: string): CaseTransition[] {
  return kind.transitions.filter((t) => t.from.includes(state));
}

export function findTransition(kind: CaseKindDefinition, state: string, action: string): CaseTransition | undefined {
  return transitionsFrom(kind, state).find((t) => t.action === action);
}
