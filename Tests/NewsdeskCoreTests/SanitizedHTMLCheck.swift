/// Checks that a comment body is safe, twice over: as a browser tokenizes it (elements, attributes, href
/// schemes, nesting), and character by character against the only shapes the sanitiser may write, so a
/// blind spot in one check is caught by the other.
enum SanitizedHTMLCheck {
    static let allowedElements: Set<String> = ["a", "b", "blockquote", "br", "code", "em", "i", "strong"]
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]
    static let linkRelation = "nofollow ugc noopener"

    /// Everything wrong with `html`; empty when it is safe and well-formed.
    static func violations(in html: String) -> [String] {
        let tokens = HTMLTestTokenizer.tokens(of: html)
        return lexicalViolations(in: html)
            + tokenViolations(in: tokens, voidElements: ["br"]) { name, attributes in
                (allowedElements.contains(name) ? [] : ["element <\(name)>"]) + attributeViolations(name, attributes)
            }
    }

    /// The number of `<a>` elements a browser sees.
    static func linkCount(in html: String) -> Int {
        HTMLTestTokenizer.tokens(of: html).filter {
            if case .startTag("a", _) = $0 { return true } else { return false }
        }.count
    }

    /// What is wrong with `tokens` besides what `tagViolations` finds in each start tag: comments, tags cut
    /// off, links in links, end tags with attributes or out of order, elements left open, and anything inside
    /// one of `emptyElements` (whose content a browser reads as raw text). `voidElements` have no end tag.
    static func tokenViolations(
        in tokens: [HTMLTestToken], voidElements: Set<String>, emptyElements: Set<String> = [],
        tagViolations: (String, [HTMLTestAttribute]) -> [String]
    ) -> [String] {
        var found: [String] = []
        var openElements: [String] = []
        for token in tokens {
            if let open = openElements.last, emptyElements.contains(open), token != .endTag(name: open, attributes: [])
            {
                found.append("\(token) inside <\(open)>")
            }
            switch token {
            case .text:
                continue
            case .comment(let source):
                found.append("comment, doctype or bogus comment \(source)")
            case .unterminatedTag(let source):
                found.append("tag cut off by the end of the input: \(source)")
            case .startTag(let name, let attributes):
                found += tagViolations(name, attributes)
                if name == "a" && openElements.contains("a") { found.append("link inside a link") }
                if !voidElements.contains(name) { openElements.append(name) }
            case .endTag(let name, let attributes):
                if !attributes.isEmpty { found.append("attributes on </\(name)>") }
                if openElements.last == name {
                    openElements.removeLast()
                } else {
                    found.append("</\(name)> does not close the innermost open element \(openElements)")
                }
            }
        }
        if !openElements.isEmpty { found.append("elements left open: \(openElements)") }
        return found
    }

    private static func attributeViolations(_ element: String, _ attributes: [HTMLTestAttribute]) -> [String] {
        var found: [String] = []
        for attribute in attributes {
            if attribute.name.hasPrefix("on") { found.append("event handler \(attribute.name) on <\(element)>") }
            if attribute.name == "style" { found.append("style on <\(element)>") }
            if element != "a" || (attribute.name != "href" && attribute.name != "rel") {
                found.append("attribute \(attribute.name) on <\(element)>")
            }
        }
        guard element == "a" else { return found }
        let names = attributes.map(\.name)
        if names != ["href", "rel"] { found.append("link attributes \(names), not href and rel") }
        if let href = attributes.first(where: { $0.name == "href" }), let problem = hrefProblem(href.value) {
            found.append(problem)
        }
        if let rel = attributes.first(where: { $0.name == "rel" }), rel.value != linkRelation {
            found.append("rel=\"\(rel.value)\"")
        }
        return found
    }

    /// What is wrong with an href (already entity-decoded), judged as a browser reads the URL: tabs and
    /// newlines anywhere are dropped, controls and spaces at the ends trimmed, the scheme case-folded. A URL
    /// without a scheme is wrong unless `allowsRelative`.
    static func hrefProblem(
        _ href: String, schemes: Set<String> = allowedSchemes, allowsRelative: Bool = false
    ) -> String? {
        let isC0OrSpace = { (scalar: Unicode.Scalar) in scalar.value <= 0x20 }
        let kept = href.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = kept.drop(while: isC0OrSpace).reversed().drop(while: isC0OrSpace).reversed()
        let url = String(String.UnicodeScalarView(trimmed)).lowercased()
        for scheme in ["javascript:", "vbscript:", "data:"] where url.hasPrefix(scheme) {
            return "href with scheme \(scheme) \(href)"
        }
        guard let colon = url.firstIndex(of: ":"), let first = url.first, first.isLetter, first.isASCII,
            url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return allowsRelative ? nil : "href without a scheme: \(href)" }
        let scheme = String(url[..<colon])
        return schemes.contains(scheme) ? nil : "href with scheme \(scheme): \(href)"
    }
}
