// When the legal texts were written or last checked. Change the date whenever the text's substance changes:
// the pages print it, and an accessibility statement must name the date of its creation and last review.
export const privacyNoticeUpdated = new Date("2026-11-28T12:00:00Z");

export const accessibilityStatementDates = {
  created: new Date("2026-11-27T12:00:00Z"),
  lastReviewed: new Date("2026-11-27T12:00:00Z"),
};
