// midocs site script: theme toggle, opening the collapsible menus on wide screens,
// copy buttons, and keyboard access to boxes that scroll sideways. (Search is search.js.)
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

  // ---- Copy buttons ----
  // The build emits <button class="copy-button" data-copy="..." hidden> beside endpoint URLs;
  // code blocks get theirs here. Both need the async Clipboard API (pages on file:// have it
  // in current browsers); without it the buttons stay hidden and none are made.

  var COPIED_MS = 1500;
  var copyStatus = null; // shared live region, so screen readers hear "Copied"
  var resetTimers = new WeakMap();

  function canCopy() {
    return Boolean(navigator.clipboard && typeof navigator.clipboard.writeText === "function");
  }

  // A live region must exist before its text changes for the change to be announced.
  function makeCopyStatus() {
    var region = document.createElement("div");
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    document.body.appendChild(region);
    return region;
  }

  // Wraps the block so the button can sit in its corner without scrolling with the code.
  function addCodeCopyButton(pre) {
    var wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);

    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button copy-code";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy code");
    wrapper.appendChild(button);
  }

  // A shell prompt (.tok-prompt) and the space after it are not part of the command.
  function withoutPrompts(pre) {
    var copy = pre.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(".tok-prompt"), function (prompt) {
      var next = prompt.nextSibling;
      if (next && next.nodeType === Node.TEXT_NODE) {
        next.nodeValue = next.nodeValue.replace(/^ /, "");
      }
      prompt.parentNode.removeChild(prompt);
    });
    return copy.textContent;
  }

  // Code blocks end with a newline; dropping it keeps a pasted shell command from running at once.
  function textToCopy(button) {
    if (button.hasAttribute("data-copy")) {
      return button.getAttribute("data-copy");
    }
    var pre = button.parentNode.querySelector("pre");
    return pre ? withoutPrompts(pre).replace(/\n$/, "") : "";
  }

  function showCopyResult(button, label) {
    if (!button.hasAttribute("data-label")) {
      button.setAttribute("data-label", button.textContent);
    }
    button.textContent = label;
    copyStatus.textContent = label === "Copied" ? "Copied to the clipboard" : label;
    window.clearTimeout(resetTimers.get(button));
    resetTimers.set(button, window.setTimeout(function () {
      button.textContent = button.getAttribute("data-label");
      copyStatus.textContent = "";
    }, COPIED_MS));
  }

  function copy(button) {
    navigator.clipboard.writeText(textToCopy(button)).then(
      function () {
        showCopyResult(button, "Copied");
      },
      function () {
        showCopyResult(button, "Copy failed");
      }
    );
  }

  if (canCopy()) {
    copyStatus = makeCopyStatus();
    Array.prototype.forEach.call(document.querySelectorAll(".prose pre"), addCodeCopyButton);
    Array.prototype.forEach.call(document.querySelectorAll(".copy-button"), function (button) {
      button.hidden = false;
    });
    document.addEventListener("click", function (event) {
      var button = event.target.closest(".copy-button");
      if (button) {
        copy(button);
      }
    });
  }

  // ---- Sideways scrolling ----
  // Wide code and tables scroll inside their own box. A box that scrolls must take keyboard
  // focus so it can be scrolled without a mouse (WCAG 2.1.1); one that fits must not, or it
  // would be a useless Tab stop. Widths change with the window, so this runs again on resize.

  var scrollerSelector = ".prose pre, .prose .table-wrap, .prose table:not(.table-wrap > table)";

  function syncScroller(box) {
    if (box.scrollWidth > box.clientWidth + 1) {
      box.tabIndex = 0;
    } else {
      box.removeAttribute("tabindex");
    }
  }

  function syncScrollers() {
    Array.prototype.forEach.call(document.querySelectorAll(scrollerSelector), syncScroller);
  }

  var resizeTimer = 0;
  window.addEventListener("resize", function () {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(syncScrollers, 150);
  });
  // Code in a closed <details> (an operation's "Try it") has no width: measure it on opening.
  document.addEventListener("toggle", function (event) {
    if (event.target.open) {
      Array.prototype.forEach.call(event.target.querySelectorAll(scrollerSelector), syncScroller);
    }
  }, true);
  syncScrollers();
  // Web fonts are not used, but a late-loading image can still change widths.
  window.addEventListener("load", syncScrollers);
  // An anchor that moved (site.yml redirects): a page opened at an id it no longer has asks
  // the site's redirects.json, written only when anchors moved, where it went.
  (function followMovedAnchor() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || document.getElementById(id) || !window.fetch) return;
    var base = document.body.getAttribute("data-root") || "";
    var slug = document.body.getAttribute("data-slug") || "";
    window.fetch(base + "redirects.json").then(function (response) {
      return response.ok ? response.json() : {};
    }).then(function (moved) {
      var target = moved[slug + ".html#" + id];
      if (target) window.location.replace(base + target);
    }).catch(function () {
      // No map (nothing moved, or a file:// page): the page stays where it is.
    });
  })();
})();
