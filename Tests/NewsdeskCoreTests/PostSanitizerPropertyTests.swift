import NewsdeskCore
import PropertyBased
import Testing

@Suite("Post HTML sanitiser: properties")
struct PostSanitizerPropertyTests {
    /// The comment pieces, and pieces of post markup: allowed elements with good and bad attributes, iframes
    /// from allowed and other hosts, elements dropped with their content, and unclosed ones.
    static let markupPieces =
        CommentSanitizerPropertyTests.markupPieces + [
            "<p>", "</p>", "<div>", "</div>", "<ul>", "<ol start=3>", "<li>", "</li>", "</ul>", "<table>", "<tr>",
            "<td colspan=2>", "<th align=CENTER>", "</td>", "</tr>", "</table>", "<h1>", "</h1>", "<h2>", "<pre>",
            "<hr>", "<img src=/a.png alt=\"x\">", "<img src=javascript:alert(1)>", "<img src=x onerror=alert(1)//",
            "<iframe src=\"https://www.youtube.com/embed/x\" allowfullscreen>", "<iframe src=https://evil.example/>",
            "</iframe>", "<style>", "</style>", "<template>", "</template>", "<textarea>", "</textarea>", "<object>",
            "</object>", "<svg><script>", "<noscript>", "</noscript>", "<a href=/relative title=\"t\">",
            "<code class=language-swift>", "<span style=\"x\">", "</span>", " src=", " allowfullscreen", "<dl><dt>",
            "<dd>",
        ]

    /// Random tag soup put together from those pieces and from random ASCII characters.
    static var tagSoup: Generator<String, some SendableSequenceType> { Gen.tagSoup(of: markupPieces) }

    @Test("sanitising twice gives what sanitising once gives")
    func idempotence() async {
        let sanitizer = PostSanitizer()
        await propertyCheck(count: 1000, input: Self.tagSoup) { html in
            let once = sanitizer.sanitize(html)
            #expect(sanitizer.sanitize(once) == once)
        }
    }

    @Test("the output never holds a script, handler or bad URL, and passes the safety check")
    func noScript() async {
        let sanitizer = PostSanitizer()
        let forbiddenPatterns = [
            #/(?i)<\s*/?\s*(?:script|style|svg|object|template|textarea|noscript|math)/#,
            #/(?i)<[^>]*\s(?:on\w*|style)\s*=/#, #/(?i)(?:href|src)="\s*(?:javascript|vbscript|data):/#,
            #/(?i)<iframe(?! src="https://www\.youtube\.com/)/#,
        ].map { $0.matchingSemantics(.unicodeScalar) }  // a code point at a time, as browsers read HTML
        await propertyCheck(count: 1000, input: Self.tagSoup) { html in
            let output = sanitizer.sanitize(html)
            for pattern in forbiddenPatterns {
                #expect(output.firstMatch(of: pattern) == nil, "\(output)")
            }
            #expect(SanitizedHTMLCheck.postViolations(in: output) == [])
        }
    }
}
