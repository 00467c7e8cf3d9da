import Foundation

/// The script the preview adds to every HTML page it serves, and only there: the built site
/// carries none of it. It listens to the event stream, reloads after a rebuild, and while the
/// docs have errors covers the page with them, because the page under it is stale.
enum PreviewScript {
    static let eventsPath = "/_midocs/events"

    static let tag = """
        <script>
        (function () {
          var overlay = null;
          function show(text) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "midocs-preview-errors";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;" +
                "padding:2rem;background:rgba(20,20,20,.96);color:#ffd7d7;font:14px/1.5 ui-monospace,monospace";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "midocs: the docs have errors; the page under this is out of date.\\n\\n" + text;
          }
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("errors", function (event) { show(event.data); });
        })();
        </script>
        """

    /// `html` with the script before `</body>`, or at the end when there is none.
    static func inject(into html: String) -> String {
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag + "\n")
    }
}
