// The deadline of a reopened case: the kind's rule counted from the reopening, in Munich working days.
import { describe, expect, it } from "vitest";
import { testCaseKind } from "../../../test/support/cases.ts";
import { reopenedDueDate } from "./clock.ts";

const closed = { category: "papers", title: "Ausweis", department_id: "kvr", due_date: "2026-03-02" };

describe("reopenedDueDate", () => {
  it("counts the kind's working days from the reopening, not from the opening", () => {
    // Thursday 19 Nov 2026, 10:00 in Munich; 10 working days later (no holidays between) is Thursday 3 Dec.
    expect(reopenedDueDate(testCaseKind, closed, new Date("2026-11-19T09:00:00Z"))).toBe("2026-12-03");
  });

  it("skips holidays and counts in Munich's date, even just before midnight UTC", () => {
    // 23:30 UTC on 23 Dec is already 24 Dec in Munich (closed); 24–26 Dec are not working days.
    expect(reopenedDueDate({ ...testCaseKind, dueInWorkingDays: () => 1 }, closed, new Date("2026-12-23T23:30:00Z"))).toBe("2026-12-28");
  });

  it("keeps the old date for a kind without a deadline rule", () => {
    const { dueInWorkingDays: _, ...withoutRule } = testCaseKind;
    expect(reopenedDueDate(withoutRule, closed, new Date("2026-11-19T09:00:00Z"))).toBe("2026-03-02");
  });
});
