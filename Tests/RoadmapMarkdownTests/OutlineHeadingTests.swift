import RoadmapMarkdown
import Testing

@Suite struct OutlineHeadingTests {
    private typealias Heading = MarkdownOutline.Heading

    @Test func atxSetextAndClosedHeadingsWithLines() {
        let markdown = """
            # Title

            Intro text.

            Setext One
            ==========

            Setext Two
            ----------

            ## Closed ##

            ###### Six ######
            """
        #expect(
            MarkdownOutline.parse(markdown).headings == [
                Heading(level: 1, text: "Title", line: 1),
                Heading(level: 1, text: "Setext One", line: 5),
                Heading(level: 2, text: "Setext Two", line: 8),
                Heading(level: 2, text: "Closed", line: 11),
                Heading(level: 6, text: "Six", line: 13),
            ])
    }

    @Test func codeAndHTMLBlocksHoldNoHeadings() {
        let markdown = """
            ```
            # fenced
            ```

            ~~~md
            ## tilde fenced
            ~~~

                # indented

            <div>
            # inside html
            </div>

            ## Real
            """
        #expect(MarkdownOutline.parse(markdown).headings == [Heading(level: 2, text: "Real", line: 15)])
    }

    @Test func inlineFormattingIsFlattened() {
        let markdown = """
            ## The `offset(of:)` *method* and **[links](x.md)** ~~gone~~ <b>raw</b>

            Multi
            line setext
            ---
            """
        let headings = MarkdownOutline.parse(markdown).headings
        #expect(
            headings == [
                Heading(level: 2, text: "The offset(of:) method and links ~~gone~~ raw", line: 1),
                Heading(level: 2, text: "Multi line setext", line: 3),
            ])
    }

    @Test func headingsInContainersCountAndTablesDoNotBecomeSetext() {
        let markdown = """
            > ## Quoted

            - ### In a list

            | a | b |
            |---|---|
            | c | d |
            ---
            """
        // Without the table extension the table would be a paragraph and `---` would turn it
        // into a setext heading.
        #expect(
            MarkdownOutline.parse(markdown).headings == [
                Heading(level: 2, text: "Quoted", line: 1),
                Heading(level: 3, text: "In a list", line: 3),
            ])
    }

    @Test func emptyAndOddInputsDoNotCrash() {
        #expect(MarkdownOutline.parse("") == MarkdownOutline())
        #expect(MarkdownOutline.parse("#").headings == [Heading(level: 1, text: "", line: 1)])
        #expect(MarkdownOutline.parse("\u{0}\u{FEFF}# x\r\n## y\r").headings.map(\.line) == [2])
        #expect(MarkdownOutline.parse("a\r\n\r\n## B\r\n").headings == [Heading(level: 2, text: "B", line: 3)])
    }
}
