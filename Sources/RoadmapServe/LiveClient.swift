/// What `roadmap serve` adds to pages, and only when serving: one external script (so a strict
/// Content Security Policy, `script-src 'self'`, allows it) that listens for Server-Sent Events,
/// reloads the page when its bytes change and shows the roadmap's errors over it.
enum LiveClient {
    static let prefix = "/__roadmap/"
    static let scriptPath = prefix + "live.js"
    static let stylePath = prefix + "live.css"
    static let eventsPath = prefix + "events"

    /// The page with the script added before `</head>` (or at the end when there is none).
    /// `tag` is the page's entity tag: on reconnecting, the script asks whether it still holds.
    static func inject(into page: [UInt8], tag: String) -> [UInt8] {
        let script = Array("<script src=\"\(scriptPath)\" data-page-tag=\"\(tag.replacingOccurrences(of: "\"", with: ""))\" defer></script>".utf8)
        let marker = Array("</head>".utf8)
        if let at = firstIndex(of: marker, in: page) {
            return Array(page[..<at]) + script + Array(page[at...])
        }
        return page + script
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = 0
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static let script = #"""
    // roadmap serve: reloads this page when its content changes and shows the roadmap's errors.
    (function () {
      "use strict";
      var me = document.currentScript;
      var tag = me ? me.getAttribute("data-page-tag") : "";
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = "/__roadmap/live.css";
      document.head.appendChild(link);
      var events = new EventSource("/__roadmap/events?page=" + encodeURIComponent(location.pathname));
      events.addEventListener("hello", function (e) {
        var state = JSON.parse(e.data);
        if (state.pageTag !== tag) { location.reload(); return; }
        show(state.problems);
      });
      events.addEventListener("reload", function () { location.reload(); });
      events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });

      // The tab's title says so too, for a page in a tab behind the editor.
      var title = document.title;

      function show(problems) {
        var old = document.getElementById("roadmap-serve-problems");
        if (old) { old.remove(); }
        document.title = title;
        if (!problems || (problems.errors.length === 0 && !problems.failure)) { return; }
        var count = problems.errors.length;
        document.title = "(" + (problems.failure ? "not updated" : count + (count === 1 ? " error" : " errors")) + ") " + title;
        var box = document.createElement("aside");
        box.id = "roadmap-serve-problems";
        box.setAttribute("role", "alert");
        var heading = document.createElement("h2");
        heading.textContent = problems.failure ? "The site could not be updated"
          : count + (count === 1 ? " error" : " errors") + (problems.keptLastGoodSite ? ": showing the last good site" : "");
        box.appendChild(heading);
        if (problems.failure) {
          var p = document.createElement("p");
          p.textContent = problems.failure;
          box.appendChild(p);
        }
        var list = document.createElement("ol");
        problems.errors.forEach(function (error) {
          var item = document.createElement("li");
          var where = document.createElement("code");
          where.textContent = error.path === null ? "roadmap" : error.path + ":" + error.line + ":" + error.column;
          item.appendChild(where);
          item.appendChild(document.createTextNode(" error[" + error.code + "]: " + error.message));
          if (error.help) {
            var help = document.createElement("div");
            help.className = "roadmap-serve-help";
            help.textContent = "help: " + error.help;
            item.appendChild(help);
          }
          list.appendChild(item);
        });
        box.appendChild(list);
        var close = document.createElement("button");
        close.type = "button";
        close.textContent = "Hide";
        close.addEventListener("click", function () { box.remove(); });
        box.appendChild(close);
        document.body.appendChild(box);
      }
    })();

    """#

    static let style = """
    #roadmap-serve-problems { position: fixed; left: 1rem; right: 1rem; bottom: 1rem; max-height: 50vh; overflow: auto;
      z-index: 2147483647; background: #fff5f5; color: #1a1a1a; border: 2px solid #b42318; border-radius: 6px;
      padding: 0.75rem 1rem; font: 14px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
    #roadmap-serve-problems h2 { margin: 0 0 0.5rem; font-size: 1rem; color: #b42318; }
    #roadmap-serve-problems ol { margin: 0; padding-left: 1.25rem; }
    #roadmap-serve-problems li { margin: 0.25rem 0; overflow-wrap: anywhere; }
    #roadmap-serve-problems code { font: 13px ui-monospace, monospace; }
    #roadmap-serve-problems .roadmap-serve-help { color: #444; }
    #roadmap-serve-problems button { margin-top: 0.5rem; }
    @media (prefers-color-scheme: dark) {
      #roadmap-serve-problems { background: #2a1212; color: #f5f5f5; }
      #roadmap-serve-problems .roadmap-serve-help { color: #ccc; }
    }

    """
}
