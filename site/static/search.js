// midocs site search. The build writes search-index.js next to the pages; it sets
// window.midocsSearchIndex to a list of {k: kind, t: title, d: detail, u: URL, s: lower-case text}.
// A script tag loads it because file:// pages may not fetch files. Without this script
// the search box in the header is inert.
(function () {
  "use strict";

  var MAX_RESULTS = 12;
  var DEBOUNCE_MS = 80;
  // Between results whose titles match equally well, earlier kinds come first.
  var KIND_ORDER = ["Operation", "Scope", "Error code", "Parameter", "Heading", "Page"];

  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list || !status) {
    return;
  }
  var box = input.closest(".search") || input.parentNode;

  var options = []; // the <a role="option"> elements on show
  var active = -1; // index in options of the highlighted one, or -1
  var timer = 0; // pending debounced search, or 0

  // ---- Matching and ranking ----

  function indexEntries() {
    var index = window.midocsSearchIndex;
    return Array.isArray(index) ? index : [];
  }

  function queryWords(query) {
    return query.toLowerCase().split(/\s+/).filter(Boolean);
  }

  function containsAll(text, words) {
    return words.every(function (word) {
      return text.indexOf(word) !== -1;
    });
  }

  // 0 exact title, 1 title starts with the query, 2 title contains every word of it,
  // 3 only the entry's other text matches.
  function titleRank(title, phrase, words) {
    if (title === phrase) {
      return 0;
    }
    if (title.indexOf(phrase) === 0) {
      return 1;
    }
    return containsAll(title, words) ? 2 : 3;
  }

  function kindRank(kind) {
    var rank = KIND_ORDER.indexOf(kind);
    return rank === -1 ? KIND_ORDER.length : rank;
  }

  // Returns every match's count and the best MAX_RESULTS entries; ties keep index order.
  function search(query) {
    var words = queryWords(query);
    var phrase = words.join(" ");
    var hits = [];
    indexEntries().forEach(function (entry, position) {
      if (!entry || !containsAll(String(entry.s || "").toLowerCase(), words)) {
        return;
      }
      var title = String(entry.t || "").toLowerCase().replace(/\s+/g, " ").trim();
      hits.push({
        entry: entry,
        title: titleRank(title, phrase, words),
        kind: kindRank(entry.k),
        position: position
      });
    });
    hits.sort(function (a, b) {
      return a.title - b.title || a.kind - b.kind || a.position - b.position;
    });
    return {
      total: hits.length,
      entries: hits.slice(0, MAX_RESULTS).map(function (hit) {
        return hit.entry;
      })
    };
  }

  // ---- Showing results ----

  function textSpan(className, text) {
    var span = document.createElement("span");
    span.className = className;
    span.textContent = text;
    return span;
  }

  // Index data goes in through textContent and href only, never as markup.
  // Each link is the option itself, so it keeps open-in-new-tab and needs no nested control;
  // tabindex -1 keeps Tab from stopping on every result (the arrow keys move instead).
  function resultItem(entry, position) {
    var link = document.createElement("a");
    var url = String(entry.u || "");
    // Index addresses are from the top of the site; a page in a subfolder climbs back first.
    var root = document.body.getAttribute("data-root") || "";
    if (/^\s*javascript:/i.test(url)) url = "#";
    else if (!/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) url = root + url;
    link.href = url;
    link.id = "search-result-" + position;
    link.tabIndex = -1;
    link.setAttribute("role", "option");
    link.setAttribute("aria-selected", "false");
    link.appendChild(textSpan("result-kind", String(entry.k || "")));
    link.appendChild(document.createTextNode(" "));
    link.appendChild(textSpan("result-title", String(entry.t || "")));
    if (entry.d) {
      link.appendChild(document.createTextNode(" "));
      link.appendChild(textSpan("result-detail", String(entry.d)));
    }
    var item = document.createElement("li");
    item.setAttribute("role", "none");
    item.appendChild(link);
    return item;
  }

  function statusText(found, query) {
    if (indexEntries().length === 0) {
      return "Search is not available: the search index did not load.";
    }
    if (found.total === 0) {
      return "No results for \u201c" + query + "\u201d";
    }
    var count = found.total === 1 ? "1 result" : found.total + " results";
    return found.total > found.entries.length ? count + ", showing the first " + found.entries.length : count;
  }

  function setExpanded(expanded) {
    list.hidden = !expanded;
    input.setAttribute("aria-expanded", expanded ? "true" : "false");
  }

  function render(found, query) {
    highlight(-1);
    list.textContent = "";
    options = found.entries.map(function (entry, position) {
      var item = resultItem(entry, position);
      list.appendChild(item);
      return item.firstChild;
    });
    setExpanded(options.length > 0);
    status.textContent = statusText(found, query);
    box.classList.add("search-open");
  }

  // Keeps the typed query, so focusing the box again brings the results back.
  function close() {
    window.clearTimeout(timer);
    timer = 0;
    highlight(-1);
    setExpanded(false);
    status.textContent = "";
    box.classList.remove("search-open");
  }

  function update() {
    window.clearTimeout(timer);
    timer = 0;
    var query = input.value.trim();
    if (queryWords(query).length === 0) {
      close();
    } else {
      render(search(query), query);
    }
  }

  // ---- Highlight and keyboard ----

  // Focus stays in the box; aria-activedescendant tells screen readers which option is current.
  function highlight(position) {
    if (options[active]) {
      options[active].setAttribute("aria-selected", "false");
    }
    active = position;
    var option = options[position];
    if (!option) {
      active = -1;
      input.removeAttribute("aria-activedescendant");
      return;
    }
    option.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  }

  // Wraps around at either end.
  function move(step) {
    var count = options.length;
    if (count === 0 || list.hidden) {
      return;
    }
    if (active === -1) {
      highlight(step > 0 ? 0 : count - 1);
    } else {
      highlight((active + step + count) % count);
    }
  }

  function onInputKey(event) {
    // Enter that ends an input-method composition (Chinese, Japanese, ...) is not a command.
    if (event.isComposing || event.keyCode === 229) {
      return;
    }
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        event.preventDefault();
        if (list.hidden || timer) {
          update();
        }
        move(event.key === "ArrowDown" ? 1 : -1);
        break;
      case "Enter":
        if (timer) {
          update(); // typed faster than the debounce
        }
        // With nothing highlighted, Enter takes the best match.
        var option = options[active] || (list.hidden ? null : options[0]);
        if (option) {
          event.preventDefault();
          option.click();
        }
        break;
      case "Escape":
        if (input.value !== "" || !list.hidden) {
          event.preventDefault();
          input.value = "";
          close();
        }
        break;
    }
  }

  // "/" jumps to the box from anywhere except while typing into a field.
  function isTypingTarget(element) {
    return Boolean(element) &&
      (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  function onDocumentKey(event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    if (isTypingTarget(event.target)) {
      return;
    }
    event.preventDefault();
    input.focus();
    input.select();
  }

  // ---- Wiring ----

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", onInputKey);
  input.addEventListener("focus", function () {
    if (input.value.trim() !== "") {
      update();
    }
  });

  // Pressing on a result must not take focus from the box, or focusout below would close
  // the list before the click lands.
  list.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  // A chosen result may be on this page (only the hash changes), so close explicitly.
  list.addEventListener("click", function (event) {
    if (event.target.closest("[role=option]")) {
      close();
    }
  });

  // Leaving the box by Tab or by clicking elsewhere closes the list.
  box.addEventListener("focusout", function (event) {
    if (!box.contains(event.relatedTarget)) {
      close();
    }
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target)) {
      close();
    }
  });
  document.addEventListener("keydown", onDocumentKey);
})();
