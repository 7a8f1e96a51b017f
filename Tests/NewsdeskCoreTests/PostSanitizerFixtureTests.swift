import NewsdeskCore
import Testing

@Suite("Post HTML sanitiser: XSS fixtures")
struct PostSanitizerFixtureTests {
    private let sanitizer = PostSanitizer()

    /// Sanitises each payload and records everything wrong with the output: an element, attribute, URL or
    /// iframe host outside the post allow-list (as a browser tokenizes it), markup the sanitiser never
    /// writes, unbalanced tags, or a second sanitisation that changes it.
    private func expectSafe(_ payloads: [XSSFixtures.Payload]) {
        XSSFixtures.expectSafe(
            payloads, sanitize: sanitizer.sanitize, violations: { SanitizedHTMLCheck.postViolations(in: $0) })
    }

    @Test("every payload of every list comes out safe and stable")
    func allLists() throws {
        let lists = [
            try XSSFixtures.allPayloads(), try XSSFixtures.linePayloads("xss_payloads_single_line.txt"),
            try XSSFixtures.h5scPayloads(), try XSSFixtures.pattPayloads(), try XSSFixtures.domPurifyPayloads(),
        ]
        #expect(lists.map(\.count).prefix(3) == [755, 668, 140])
        #expect(lists[3].count > 700 && lists[4].count == 223)
        for payloads in lists { expectSafe(payloads) }
    }

    @Test("the inputs of feedparser's 745 sanitiser cases come out safe and stable")
    func feedparserInputs() throws {
        let payloads = try XSSFixtures.feedparserPayloads()
        #expect(try XSSFixtures.feedparserCases().count == 745)
        expectSafe(payloads)
    }

    @Test("feedparser's acceptable_* cases whose markup the post allow-list covers keep that markup")
    func feedparserAcceptableMarkup() throws {
        let checked = try XSSFixtures.expectAcceptableMarkupKept(
            sanitize: sanitizer.sanitize, keeps: Self.keeps, outline: Self.outline,
            addedContext: ["ul", "dl", "dd", "table", "tr", "figure"])
        // The 47 allowed elements feedparser lists; `<img></img>` has no src, so it is not an image we keep.
        #expect(checked.count == 47)
    }

    /// Whether the post allow-list keeps a tag as it is: an allowed element with only its allowed attributes,
    /// and `src` on an image.
    private static func keeps(_ token: HTMLTestToken) -> Bool {
        switch token {
        case .startTag(let name, let attributes), .endTag(let name, let attributes):
            guard let allowed = SanitizedHTMLCheck.postAttributes[name] else { return false }
            return attributes.allSatisfy { allowed.contains($0.name) }
                && (name != "img" || attributes.contains { $0.name == "src" })
        case .text, .comment, .unterminatedTag:
            return false
        }
    }

    /// Tags and text as a reader sees them: a void element's end tag, which a browser ignores, left out, and
    /// so are the empty `controls` and `alt` the sanitiser always writes on players and images.
    private static func outline(of tokens: [HTMLTestToken]) -> String {
        tokens.map { token in
            switch token {
            case .text(let text): text
            case .startTag(let name, let attributes):
                "<\(name)\(attributes.filter { !isAlwaysWritten($0) }.map { " \($0.name)=\($0.value)" }.joined())>"
            case .endTag(let name, _): SanitizedHTMLCheck.postVoidElements.contains(name) ? "" : "</\(name)>"
            case .comment(let text), .unterminatedTag(let text): "unexpected \(text)"
            }
        }.joined()
    }

    private static func isAlwaysWritten(_ attribute: HTMLTestAttribute) -> Bool {
        attribute.value.isEmpty && (attribute.name == "controls" || attribute.name == "alt")
    }
}
