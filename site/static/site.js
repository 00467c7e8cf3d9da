// midocs site script: theme toggle, and opening the collapsible menus on wide screens.
// Loaded with defer; the pages work without it.
(function () {
  "use strict";

  var root = document.documentElement;
  var storageKey = "midocs-theme";
  var prefersDark = window.matchMedia("(prefers-color-scheme: dark)");

  // localStorage can throw (file:// pages in some browsers, privacy settings).
  function readStoredTheme() {
    try {
      return window.localStorage.getItem(storageKey);
    } catch (error) {
      return null;
    }
  }

  function storeTheme(theme) {
    try {
      window.localStorage.setItem(storageKey, theme);
    } catch (error) {
      // The choice then lasts for this page only.
    }
  }

  function currentTheme() {
    var theme = root.getAttribute("data-theme");
    if (theme === "light" || theme === "dark") {
      return theme;
    }
    return prefersDark.matches ? "dark" : "light";
  }

  function onMediaChange(query, listener) {
    if (query.addEventListener) {
      query.addEventListener("change", listener);
    } else if (query.addListener) {
      query.addListener(listener); // Safari before 14
    }
  }

  var stored = readStoredTheme();
  if (stored === "light" || stored === "dark") {
    root.setAttribute("data-theme", stored);
  }

  var toggle = document.getElementById("theme-toggle");
  if (toggle) {
    var syncToggle = function () {
      toggle.setAttribute("aria-pressed", currentTheme() === "dark" ? "true" : "false");
    };

    toggle.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      storeTheme(next);
      syncToggle();
    });

    // With no stored choice the page follows the system, which can change while it is open.
    onMediaChange(prefersDark, syncToggle);
    syncToggle();
    toggle.hidden = false;
  }

  // Each menu names the media query from which it is always shown (see site.css);
  // opening it there keeps its state true for browsers without ::details-content.
  var menus = document.querySelectorAll("details[data-expand-media]");
  Array.prototype.forEach.call(menus, function (menu) {
    var wide = window.matchMedia(menu.getAttribute("data-expand-media"));
    var sync = function () {
      menu.open = wide.matches;
    };
    onMediaChange(wide, sync);
    sync();
  });
})();
