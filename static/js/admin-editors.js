// The rich-text editor in the editors' language and in the text's direction.
// django-prose-editor writes its toolbar's tooltips in English and does not pass them through
// gettext; the admin's JavaScript catalogue (locale/*/LC_MESSAGES/djangojs.po) has them. The
// editable area does not inherit the `dir` and `lang` of its textarea (set per language tab by
// portal/core/admin_direction.py), so they are copied to it.
(function () {
  "use strict";
  var translate = window.gettext || function (text) { return text; };
  var format = window.interpolate || function (text, values) { return text.replace("%s", values[0]); };

  function label(text) {
    var heading = /^heading (\d)$/.exec(text);
    if (heading) return format(translate("heading %s"), [heading[1]]);
    return translate(text);
  }

  function fix(root) {
    root.querySelectorAll(".prose-editor").forEach(function (editor) {
      var textarea = editor.querySelector("textarea");
      var area = editor.querySelector("[contenteditable]");
      if (textarea && area && textarea.dir) {
        area.dir = textarea.dir;
        if (textarea.lang) area.lang = textarea.lang;
      }
      editor.querySelectorAll("button[title], button[aria-label]").forEach(function (button) {
        if (button.dataset.translated) return;
        ["title", "aria-label"].forEach(function (name) {
          var value = button.getAttribute(name);
          if (value) button.setAttribute(name, label(value));
        });
        button.dataset.translated = "1";
      });
    });
  }

  function start() {
    fix(document);
    // Editors appear after this script runs (module scripts, inlines added with "Add another").
    var pending = false;
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () {
        pending = false;
        fix(document);
      });
    }).observe(document.body, {
      childList: true,
      subtree: true,
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
