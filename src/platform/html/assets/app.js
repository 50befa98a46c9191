// Progressive enhancement only: every page works without this file.
// Moves focus to an error summary or confirmation so screen readers announce it (GOV.UK pattern).
document.addEventListener("DOMContentLoaded", function () {
  var target = document.querySelector("[data-autofocus]");
  if (target) target.focus();
});
