import FuzzDriver
import RoadmapMarkdown

// Markdown to the site's HTML: never a crash, and never markup that runs script.
fuzz { bytes in
    let markdown = String(decoding: bytes, as: UTF8.self)
    let html = MarkdownHTML.render(markdown, options: .init(rewriteLink: { $0.hasSuffix(".md") ? String($0.dropLast(3)) + ".html" : nil })).html
    let lowered = html.lowercased()
    for unsafe in ["<script", "href=\"javascript:", "src=\"javascript:", "href=\"data:", "src=\"data:", "href=\"vbscript:"] where lowered.contains(unsafe) {
        fatalError("unsafe HTML (\(unsafe)) from \(markdown.debugDescription)")
    }
    _ = MarkdownOutline.parse(markdown)
}
