// Passkeys (WebAuthn) for the login page and "Mein Konto › Passkeys". Needs @simplewebauthn/browser's bundle
// (loaded before this file). Without WebAuthn or JavaScript the passkey controls stay hidden; nothing else depends on this.
(function () {
  "use strict";
  var lib = window.SimpleWebAuthnBrowser;
  if (!lib || !lib.browserSupportsWebAuthn()) return;

  function post(url, csrf, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "x-csrf-token": csrf, accept: "application/json" },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) throw new Error(data && data.error ? data.error : "failed");
        return data;
      });
    });
  }

  function showError(root, error) {
    var box = root.querySelector("[data-passkey-error]");
    if (!box) return;
    var cancelled = error && (error.name === "NotAllowedError" || error.name === "AbortError");
    // The server's reason ("wrong_password") picks a specific text (data-error-wrong-password) where the page has one.
    var specific = error && error.message ? root.getAttribute("data-error-" + String(error.message).replace(/_/g, "-")) : null;
    box.textContent = cancelled ? root.getAttribute("data-cancelled") : specific || root.getAttribute("data-failed");
    // Without a (fresh) session the way on is a new login: offer the link right in the message.
    var href = root.getAttribute("data-login-again-href");
    if (!cancelled && href && (error.message === "login_again" || error.message === "session_ended")) {
      var link = document.createElement("a");
      link.className = "kern-link";
      link.href = href;
      link.textContent = root.getAttribute("data-login-again-label");
      box.appendChild(document.createTextNode(" "));
      box.appendChild(link);
    }
    box.hidden = false;
  }

  function clearError(root) {
    var box = root.querySelector("[data-passkey-error]");
    if (box) box.hidden = true;
  }

  function login(root) {
    var csrf = root.getAttribute("data-csrf");
    clearError(root);
    post(root.getAttribute("data-options-url"), csrf, {})
      .then(function (options) {
        return lib.startAuthentication({ optionsJSON: options });
      })
      .then(function (answer) {
        return post(root.getAttribute("data-verify-url"), csrf, { response: answer, zurueck: root.getAttribute("data-return-to") });
      })
      .then(function (result) {
        window.location.assign(result.redirect);
      })
      .catch(function (error) {
        showError(root, error);
      });
  }

  function register(form) {
    var csrf = form.getAttribute("data-csrf");
    var name = form.querySelector("input[name='passkey-name']");
    var password = form.querySelector("input[name='passkey-password']");
    clearError(form);
    post(form.getAttribute("data-options-url"), csrf, { password: password ? password.value : "" })
      .then(function (options) {
        return lib.startRegistration({ optionsJSON: options });
      })
      .then(function (answer) {
        return post(form.getAttribute("data-verify-url"), csrf, { response: answer, name: name ? name.value : "" });
      })
      .then(function (result) {
        window.location.assign(result.redirect);
      })
      .catch(function (error) {
        showError(form, error);
        if (password && error && error.message === "wrong_password") {
          password.value = "";
          password.focus();
        }
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-passkey-reveal], [data-passkey-login], [data-passkey-register]").forEach(function (el) {
      el.hidden = false;
    });
    document.querySelectorAll("[data-passkey-unsupported]").forEach(function (el) {
      el.hidden = true;
    });
    document.querySelectorAll("[data-passkey-login]").forEach(function (root) {
      var button = root.querySelector("button");
      if (button) button.addEventListener("click", function () { login(root); });
    });
    document.querySelectorAll("[data-passkey-register]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        register(form);
      });
    });
  });
})();
