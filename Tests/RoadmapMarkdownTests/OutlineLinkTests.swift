import RoadmapMarkdown
import Testing

@Suite struct OutlineLinkTests {
    private typealias Link = MarkdownOutline.Link

    private static let document = """
        Some é [a](x.md) and ![i](img/y.png)
        next é [r][ref] and <https://a.b/c> and [s]

        > quote [q](q.md)
        lazy é [z](z.md)

        - item
          more <https://in.list> [d](d.md)

        ## Head [h](h.md) ##

        Footnote[^1] and [after](after.md)

        [^1]: See [fn](fn.md).

        [ref]: docs/r.md
        [s]: ./s.md "Title"
        """

    @Test func everyLinkWithScalarColumnsInDocumentOrder() {
        #expect(
            MarkdownOutline.parse(Self.document).links == [
                Link(destination: "x.md", line: 1, column: 8, isImage: false),
                Link(destination: "img/y.png", line: 1, column: 22, isImage: true),
                Link(destination: "docs/r.md", line: 2, column: 8, isImage: false),
                Link(destination: "https://a.b/c", line: 2, column: 21, isImage: false),
                Link(destination: "./s.md", line: 2, column: 41, isImage: false),
                Link(destination: "q.md", line: 4, column: 9, isImage: false),
                Link(destination: "z.md", line: 5, column: 8, isImage: false),
                Link(destination: "https://in.list", line: 8, column: 8, isImage: false),
                Link(destination: "d.md", line: 8, column: 26, isImage: false),
                Link(destination: "h.md", line: 10, column: 9, isImage: false),
                Link(destination: "after.md", line: 12, column: 18, isImage: false),
                Link(destination: "fn.md", line: 14, column: 11, isImage: false),
            ])
    }

    @Test func relativeLinksFilterSchemes() {
        #expect(
            MarkdownOutline.parse(Self.document).relativeLinks.map(\.destination) == [
                "x.md", "img/y.png", "docs/r.md", "./s.md", "q.md", "z.md", "d.md", "h.md", "after.md", "fn.md",
            ])
    }

    @Test func destinationsAreDecodedByCmark() {
        let markdown = "[a](<with space.md>) [b](x&amp;y.md) [c](a%20b.md) [d](p\\(1\\).md)"
        #expect(
            MarkdownOutline.parse(markdown).links.map(\.destination) == [
                "with space.md", "x&y.md", "a%20b.md", "p(1).md",
            ])
    }

    @Test func columnsCountScalarsNotBytes() {
        let markdown = "🙂 [x](y.md)\n\t![t](t.png)\nplain\n\n<mailto:a@b.c>"
        #expect(
            MarkdownOutline.parse(markdown).links == [
                Link(destination: "y.md", line: 1, column: 3, isImage: false),
                Link(destination: "t.png", line: 2, column: 2, isImage: true),
                Link(destination: "mailto:a@b.c", line: 5, column: 1, isImage: false),
            ])
    }

    @Test func linksInCodeAndTablesAndUndefinedReferences() {
        let markdown = """
            `[not](code.md)` [undefined][nope]

                [indented](code.md)

            | col | other |
            |-----|-------|
            | [cell](cell.md) | x |
            """
        #expect(
            MarkdownOutline.parse(markdown).links == [
                Link(destination: "cell.md", line: 7, column: 3, isImage: false)
            ])
    }
}

@Suite struct OutlineLinkPositionRepairTests {
    /// cmark reports these relative to the line with its indentation or `>` prefix removed.
    @Test func indentedContinuationAndLazyLines() {
        let markdown = """
            plain
               [x](y.md) [z](w.md)
            - item
                   extra [e](e.md)
            > quoted
            lazy <https://l.zy> ![i](i.png)
            """
        let positions = MarkdownOutline.parse(markdown).links.map { "\($0.destination)@\($0.line):\($0.column)" }
        #expect(positions == ["y.md@2:4", "w.md@2:14", "e.md@4:14", "https://l.zy@6:6", "i.png@6:21"])
    }

    /// cmark reports wrapped links on their closing line, and links after a wrapped code span
    /// one line early.
    @Test func wrappedLinksAndLinksAfterWrappedCodeSpans() {
        let markdown = """
            See [the
            docs](docs.md) and [
            more](more.md).
            a `b
            c` d
            [x](x.md)
            """
        let positions = MarkdownOutline.parse(markdown).links.map { "\($0.destination)@\($0.line):\($0.column)" }
        #expect(positions == ["docs.md@1:5", "more.md@2:20", "x.md@6:1"])
    }
}
