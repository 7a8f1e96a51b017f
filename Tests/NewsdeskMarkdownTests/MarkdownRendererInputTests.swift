import NewsdeskCore
import NewsdeskMarkdown
import Testing

@Suite("Markdown: odd, large and concurrent input")
struct MarkdownRendererInputTests {
    let renderer = MarkdownRenderer()

    @Test("empty input gives empty HTML")
    func empty() {
        #expect(renderer.html(fromMarkdown: "") == "")
        #expect(renderer.cleanHTML(fromMarkdown: "") == "")
    }

    @Test("a NUL byte does not end the input: it becomes U+FFFD")
    func nulByte() {
        #expect(renderer.cleanHTML(fromMarkdown: "a\u{0}b *c*") == "<p>a\u{FFFD}b <em>c</em></p>\n")
        #expect(renderer.cleanHTML(fromMarkdown: "\u{0}") == "<p>\u{FFFD}</p>\n")
    }

    @Test("control characters, bad references and deep nesting render to clean, stable HTML")
    func oddInput() {
        let inputs = [
            "\u{1}\u{7F}\u{85}&#0;&#xD800;&#x110000;", String(repeating: "> ", count: 5000) + "x",
            String(repeating: "[", count: 10000), String(repeating: "*a ", count: 10000), "\r\n\r\r\n",
            "é中文😀\u{200B}\u{FEFF}",
        ]
        for input in inputs {
            let html = renderer.cleanHTML(fromMarkdown: input)
            let controls = html.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
            #expect(controls.isEmpty, "\(input.prefix(20).debugDescription) → \(html.prefix(80).debugDescription)")
            #expect(renderer.sanitizer.sanitize(html) == html)
        }
    }

    @Test("a megabyte of Markdown renders in reasonable time")
    func largeInput() {
        let section = """
            ## Heading *with* emphasis

            A paragraph with **strong**, `code`, a [link](https://example.com/) and https://example.org/x.
            ~~Old~~ text & <b>raw</b> HTML.

            | a | b |
            |---|---|
            | 1 | 2 |

            - one
            - two

            """
        let markdown = String(repeating: section, count: 1_048_576 / section.utf8.count + 1)
        #expect(markdown.utf8.count >= 1_048_576)
        let clock = ContinuousClock()
        var html = ""
        let elapsed = clock.measure { html = renderer.cleanHTML(fromMarkdown: markdown) }
        print("1 MiB of Markdown rendered and cleaned in \(elapsed)")
        #expect(html.hasSuffix("</ul>\n"))
        #expect(elapsed < .seconds(30))
    }

    @Test("renderers used from many tasks at once give what one gives alone")
    func concurrentUse() async {
        let inputs = (0..<64).map { "Item \($0): ~~x~~ www.example.com/\($0) | a |\n|---|\n| \($0) |\n" }
        let expected = inputs.map { renderer.cleanHTML(fromMarkdown: $0) }
        let rendered = await withTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, MarkdownRenderer().cleanHTML(fromMarkdown: input)) }
            }
            var results = [String](repeating: "", count: inputs.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(rendered == expected)
    }
}
