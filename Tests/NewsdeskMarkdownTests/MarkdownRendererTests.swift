import Foundation
import NewsdeskMarkdown
import Testing

@Suite("Markdown: GitHub Flavored Markdown, made safe")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test("a pipe table becomes a table, its column alignment as the theme's align- classes")
    func table() {
        let html = renderer.cleanHTML(fromMarkdown: "| Name | Count |\n| --- | :-: |\n| apples | 3 |\n")
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th>Name</th>
                <th class="align-center">Count</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td>apples</td>
                <td class="align-center">3</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test("~~text~~ is struck through")
    func strikethrough() {
        #expect(renderer.cleanHTML(fromMarkdown: "It is ~~gone~~ back.") == "<p>It is <del>gone</del> back.</p>\n")
    }

    @Test("a bare URL becomes a link, without the sentence's full stop")
    func autolink() {
        #expect(
            renderer.cleanHTML(fromMarkdown: "See https://example.com/a?b=1&c=2.")
                == "<p>See <a href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a>.</p>\n")
    }

    @Test("plain CommonMark leaves GFM's syntax as text")
    func withoutExtensions() {
        let plain = MarkdownRenderer(extensions: [])
        #expect(plain.cleanHTML(fromMarkdown: "~~a~~ www.example.com") == "<p>~~a~~ www.example.com</p>\n")
    }

    @Test(
        "script, handlers and javascript: links in Markdown come out harmless",
        arguments: [
            "<script>alert(1)</script>", "Hi <script>alert(1)</script> there", "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))", "[click](<jav\tascript:alert(1)>)", "![x](javascript:alert(1))",
            "<a href=\"&#106;avascript:alert(1)\">x</a>", "<div style=\"x\" onclick=\"alert(1)\">a</div>",
            "<svg onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>", "```\n<script>\n```",
            "<style>body{}</style>", "[x]: data:text/html,<script>alert(1)</script>\n\n[x]",
        ])
    func neutralised(markdown: String) {
        let html = renderer.cleanHTML(fromMarkdown: markdown).lowercased()
        let forbidden = [
            "<script", "<svg", "<style", "<iframe", " onerror=", " onload=", " onclick=", " style=", "=\"javascript:",
            "=\"data:",
        ]
        for forbidden in forbidden {
            #expect(!html.contains(forbidden), "\(markdown) → \(html)")
        }
    }

    @Test("tagfilter writes <script> as text even before the sanitiser sees it")
    func tagFilter() {
        #expect(renderer.html(fromMarkdown: "<script>alert(1)</script>").hasPrefix("&lt;script>"))
        #expect(!MarkdownRenderer(extensions: .table).html(fromMarkdown: "<script>x</script>").hasPrefix("&lt;"))
    }

    @Test("raw HTML the post allow-list takes passes through, and the iframe host rule applies")
    func rawHTML() {
        #expect(
            renderer.cleanHTML(fromMarkdown: "a <mark>b</mark> <abbr title=\"c\">d</abbr>")
                == "<p>a <mark>b</mark> <abbr title=\"c\">d</abbr></p>\n")
        let noTagFilter = MarkdownRenderer(extensions: [.table, .autolink, .strikethrough])
        let player = "<iframe src=\"https://player.vimeo.com/video/1\" allowfullscreen></iframe>\n"
        #expect(
            noTagFilter.cleanHTML(fromMarkdown: player)
                == "<iframe src=\"https://player.vimeo.com/video/1\" allowfullscreen=\"\"></iframe>\n")
        #expect(noTagFilter.cleanHTML(fromMarkdown: "<iframe src=\"https://evil.example/\"></iframe>\n") == "\n")
        // GFM's tagfilter, on by default, writes every iframe as text, whatever its host.
        #expect(renderer.cleanHTML(fromMarkdown: player).hasPrefix("&lt;iframe"))
    }

    @Test("all that Markdown itself writes survives cleaning, void elements without a slash, cell alignment as a class")
    func markdownMarkupKept() {
        let markdown = """
            # One
            Setext two
            ----------
            A *b* **c** `d` [e](https://example.com/e "E") ![f](/f.png "F") <https://g.example> \
            hard break, ~~gone~~, www.example.org and me@example.com.

            > quoted
            > - list

            3. three
            4. four

            ```swift
            let x = 1 < 2
            ```

                indented

            ***

            | l | c | r |
            |:--|:-:|--:|
            | 1 | 2 | 3 |
            """
        let html = renderer.html(fromMarkdown: markdown)
        #expect(
            html.contains("<ol start=\"3\">") && html.contains("class=\"language-swift\"") && html.contains("<del>"))
        let cleaned = html.replacingOccurrences(of: " />", with: ">")
            .replacingOccurrences(
                of: #"align="(left|center|right)""#, with: #"class="align-$1""#, options: .regularExpression)
        #expect(renderer.cleanHTML(fromMarkdown: markdown) == cleaned)
    }
}
