import NewsdeskCore
import Testing

@Suite("Comment HTML sanitiser: XSS fixtures")
struct CommentSanitizerFixtureTests {
    /// Sanitizes each payload and records everything wrong with the output: an element, attribute or URL
    /// outside the allow-list (as a browser tokenizes it), markup the sanitiser never writes, a second
    /// sanitization that changes it, or a link count that disagrees with the links written.
    private func expectSafe(_ payloads: [XSSFixtures.Payload]) {
        XSSFixtures.expectSafe(payloads, sanitize: CommentSanitizer.sanitize, violations: SanitizedHTMLCheck.violations)
        {
            payload, output in
            #expect(CommentSanitizer.linkCount(in: payload.text) == SanitizedHTMLCheck.linkCount(in: output))
        }
    }

    @Test("the 755 payloads of xss_payloads_all.jsonl come out safe and stable")
    func allPayloads() throws {
        let payloads = try XSSFixtures.allPayloads()
        #expect(payloads.count == 755)
        expectSafe(payloads)
    }

    @Test("the 668 payloads of xss_payloads_single_line.txt come out safe and stable")
    func singleLinePayloads() throws {
        let payloads = try XSSFixtures.linePayloads("xss_payloads_single_line.txt")
        #expect(payloads.count == 668)
        expectSafe(payloads)
    }

    @Test("the 139 html5sec.org vectors, one by one and all together, come out safe and stable")
    func h5scVectors() throws {
        let payloads = try XSSFixtures.h5scPayloads()
        #expect(payloads.count == 140)
        expectSafe(payloads)
    }

    @Test("every line of the eight PATT_*.txt lists comes out safe and stable")
    func pattLists() throws {
        let payloads = try XSSFixtures.pattPayloads()
        #expect(payloads.count > 700)
        expectSafe(payloads)
    }

    @Test("the 223 DOMPurify payloads come out safe and stable")
    func domPurifyPayloads() throws {
        let payloads = try XSSFixtures.domPurifyPayloads()
        #expect(payloads.count == 223)
        expectSafe(payloads)
    }

    @Test("the inputs of feedparser's 745 sanitiser cases come out safe and stable")
    func feedparserInputs() throws {
        let payloads = try XSSFixtures.feedparserPayloads()
        #expect(try XSSFixtures.feedparserCases().count == 745)
        expectSafe(payloads)
    }

    /// The elements our allow-list covers (`br` aside, which feedparser writes as `<br></br>`).
    private static let coveredElements: Set<String> = ["a", "b", "blockquote", "code", "em", "i", "strong"]

    /// Whether we keep a tag as it is: a covered element without attributes, or `<a>` with nothing but an
    /// allowed `href`.
    private static func keeps(_ token: HTMLTestToken) -> Bool {
        switch token {
        case .startTag("a", let attributes):
            return attributes.map(\.name) == ["href"] && SanitizedHTMLCheck.hrefProblem(attributes[0].value) == nil
        case .startTag(let name, let attributes), .endTag(let name, let attributes):
            return coveredElements.contains(name) && attributes.isEmpty
        case .text, .comment, .unterminatedTag:
            return false
        }
    }

    /// Tags and text as a reader sees them: `rel` is left out, and `<br>` with its newline is a newline.
    private static func outline(of tokens: [HTMLTestToken]) -> String {
        var outline: [String] = []
        for token in tokens {
            switch token {
            case .startTag("br", _):
                outline.append("\n")
            case .text(let text) where outline.last == "\n" && text.hasPrefix("\n"):
                outline.append(String(text.dropFirst()))
            case .text(let text):
                outline.append(text)
            case .startTag(let name, let attributes):
                let href = attributes.first { $0.name == "href" }.map { " href=\($0.value)" } ?? ""
                outline.append("<\(name)\(href)>")
            case .endTag(let name, _):
                outline.append("</\(name)>")
            case .comment(let text), .unterminatedTag(let text):
                outline.append("unexpected \(text)")
            }
        }
        return outline.joined()
    }

    @Test("feedparser's acceptable_* cases whose markup the allow-list covers keep that markup")
    func feedparserAcceptableMarkup() throws {
        let checked = try XSSFixtures.expectAcceptableMarkupKept(
            sanitize: CommentSanitizer.sanitize, keeps: Self.keeps, outline: Self.outline)
        // b, blockquote, code, em, i and strong; `<a></a>` has no href, so it is not a link we keep.
        #expect(checked.count == 6)
    }

    @Test("in every feedparser case, each allowed element a browser sees in the input is still there")
    func feedparserAllowedMarkupSurvives() throws {
        var casesWithMarkup = 0
        for feedparserCase in try XSSFixtures.feedparserCases() {
            guard let input = feedparserCase.inputHTML else { continue }
            let output = CommentSanitizer.sanitize(input)
            let kept = Self.allowedStartTags(in: input)
            if !kept.isEmpty { casesWithMarkup += 1 }
            let written = Self.allowedStartTags(in: output)
            for (name, count) in kept {
                #expect(written[name, default: 0] >= count, "\(feedparserCase.file): <\(name)> lost: \(output)")
            }
        }
        print("feedparser cases with allowed markup checked: \(casesWithMarkup)")
        #expect(casesWithMarkup > 0)
    }

    /// How many start tags of each allowed element `html` has, counting `<a>` only with an allowed href.
    private static func allowedStartTags(in html: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for case .startTag(let name, let attributes) in HTMLTestTokenizer.tokens(of: html)
        where coveredElements.contains(name) {
            if name == "a" {
                guard let href = attributes.first(where: { $0.name == "href" }),
                    SanitizedHTMLCheck.hrefProblem(href.value) == nil
                else { continue }
            }
            counts[name, default: 0] += 1
        }
        return counts
    }
}
