/* Quick exit, after GOV.UK's "Exit this page" component.
   The button is a plain link that works without this script. With it:
   - a click blanks the page at once and replaces this page's history entry: Back does
     not return to this page, but earlier portal pages stay one Back press away, and every
     page stays in the browser's history list (the safe-browsing page says so, and
     tests/browser/test_exit_history.py holds it to what Chromium does);
   - pressing Shift alone three times, each within 5 seconds of the last, does the same,
     with a visible count and messages for screen readers (texts come from data-
     attributes, translated by the template);
   - coming back through the browser's page cache removes the blank. */
(function () {
  "use strict";

  var TIMEOUT = 5000;
  var PRESSES = 3;
  var root = document.querySelector("[data-quick-exit]");
  if (!root) {
    return;
  }
  var button = root.querySelector("[data-quick-exit-button]");
  var status = root.querySelector("[data-quick-exit-status]");
  var dots = root.querySelectorAll(".quick-exit__progress > span");
  var count = 0;
  var timer = null;
  var otherKey = false;

  function say(text) {
    status.textContent = text || "";
  }

  function show() {
    for (var i = 0; i < dots.length; i += 1) {
      dots[i].classList.toggle("is-on", i < count);
    }
    root.classList.toggle("is-counting", count > 0);
  }

  function reset() {
    count = 0;
    window.clearTimeout(timer);
    timer = null;
    show();
  }

  function exit() {
    window.clearTimeout(timer);
    document.documentElement.classList.add("quick-exit-blank");
    say(root.getAttribute("data-msg-exiting"));
    window.location.replace(button.href);
  }

  button.addEventListener("click", function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    exit();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      // A fresh press starts clean; a held-down Shift is not a press.
      otherKey = event.repeat;
      return;
    }
    otherKey = true;
    if (count > 0) {
      reset();
      say("");
    }
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      return;
    }
    if (otherKey) {
      // Shift was part of a shortcut (capital letters, Shift+Tab): not a press.
      otherKey = false;
      return;
    }
    count += 1;
    show();
    window.clearTimeout(timer);
    if (count >= PRESSES) {
      exit();
      return;
    }
    say(root.getAttribute(count === 1 ? "data-msg-two" : "data-msg-one"));
    timer = window.setTimeout(function () {
      reset();
      say(root.getAttribute("data-msg-expired"));
    }, TIMEOUT);
  });

  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove("quick-exit-blank");
      reset();
      say("");
    }
  });
})();
