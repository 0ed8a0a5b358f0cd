import RoadmapCore

/// The one-page summary as a single self-contained HTML file, for e-mail, an archive or
/// printing: styles inlined, no scripts, no external resources, every text escaped.
public struct HTMLSummary: Sendable {
    public var grouping: SummaryGrouping
    /// Where the roadmap was read from, shown under the title.
    public var revision: String?

    public init(grouping: SummaryGrouping = .quarter, revision: String? = nil) {
        self.grouping = grouping
        self.revision = revision
    }

    public func render(_ roadmap: Roadmap) -> String {
        let outline = SummaryOutline(roadmap, by: grouping)
        let e = Self.escape
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(roadmap.config.title))</title>
            <style>
            \(Self.style)</style>
            </head>
            <body>
            <main>
            <h1>\(e(roadmap.config.title))</h1>

            """
        let counts = "\(roadmap.features.count) PRD\(roadmap.features.count == 1 ? "" : "s"), \(roadmap.objectives.count) objective\(roadmap.objectives.count == 1 ? "" : "s")"
        out += "<p class=\"meta\">\(e(counts + (revision.map { " · " + $0 } ?? "")))</p>\n"
        if !outline.objectives.isEmpty {
            out += "<h2>Objectives</h2>\n"
            for objective in outline.objectives {
                let meta = [objective.period?.description, objective.owner].compactMap { $0 }.joined(separator: " · ")
                out += "<section class=\"objective\">\n<h3>\(e(objective.title)) <code>\(e(objective.id.rawValue))</code></h3>\n"
                if !meta.isEmpty { out += "<p class=\"meta\">\(e(meta))</p>\n" }
                if objective.keyResults.isEmpty { out += "<p>No key results.</p>\n" }
                else {
                    out += "<ul class=\"krs\">\n"
                    for kr in objective.keyResults {
                        let percent = kr.progress.map { Int(($0 * 100).rounded()) }
                        let bar = percent.map { "<span class=\"bar\" role=\"img\" aria-label=\"\($0)%\"><span style=\"width:\($0)%\"></span></span>" } ?? ""
                        out += "<li>\(e(kr.title)): \(e(SummaryOutline.progress(kr)))\(bar)</li>\n"
                    }
                    out += "</ul>\n"
                }
                out += "</section>\n"
            }
        }
        out += "<h2>PRDs by \(e(grouping.rawValue))</h2>\n"
        if outline.groups.isEmpty { out += "<p>No PRDs.</p>\n" }
        for group in outline.groups {
            out += "<section class=\"group\">\n<h3>\(e(group.title))</h3>\n<ul>\n"
            for feature in group.features {
                let details = SummaryOutline.details(feature, grouping: grouping).joined(separator: " · ")
                out += "<li><strong>\(e(feature.title))</strong> <code>\(e(feature.id.rawValue))</code>\(details.isEmpty ? "" : " <span class=\"meta\">" + e(details) + "</span>")</li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        out += "</main>\n</body>\n</html>\n"
        return out
    }

    /// Escapes text for element content and double-quoted attributes alike.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A small screen and print style; the file must work with nothing beside it.
    static let style = """
        :root { color-scheme: light; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: #1b1f24; margin: 0; background: #fff; }
        main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
        code { font: .85em ui-monospace, "SFMono-Regular", Menlo, monospace; color: #57606a; }
        .meta { color: #57606a; margin: 0 0 .4rem; }
        ul { margin: .2rem 0 .6rem; padding-left: 1.3rem; }
        li { margin: .15rem 0; overflow-wrap: anywhere; }
        .bar { display: inline-block; vertical-align: middle; width: 5rem; height: .5rem; margin-left: .5rem; background: #eaeef2; border-radius: .25rem; overflow: hidden; }
        .bar > span { display: block; height: 100%; background: #2da44e; }
        section { break-inside: avoid; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          .bar, .bar > span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
