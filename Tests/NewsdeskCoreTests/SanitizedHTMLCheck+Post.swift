import Foundation

extension SanitizedHTMLCheck {
    /// The post allow-list, written out here rather than read from the sanitiser so that the check does not
    /// trust what it checks: each element and the attributes it may have.
    static let postAttributes: [String: Set<String>] = {
        var attributes: [String: Set<String>] = [:]
        let plain = [
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "li", "dl", "dt", "dd", "blockquote", "pre",
            "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "cite", "q", "span",
            "div", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr",
        ]
        for name in plain { attributes[name] = [] }
        attributes["td"] = ["colspan", "rowspan", "class"]
        attributes["th"] = ["colspan", "rowspan", "class"]
        attributes["ol"] = ["start"]
        attributes["code"] = ["class"]
        attributes["abbr"] = ["title"]
        attributes["a"] = ["href", "title"]
        attributes["img"] = ["src", "alt", "title", "width", "height"]
        attributes["iframe"] = ["src", "width", "height", "title", "allowfullscreen"]
        attributes["audio"] = ["src", "controls"]
        attributes["video"] = ["src", "controls", "width", "height", "poster"]
        return attributes
    }()

    static let postVoidElements: Set<String> = ["br", "hr", "img"]
    static let defaultIframeHosts: Set<String> = ["www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"]

    /// Everything wrong with post HTML: markup outside the post allow-list as a browser tokenizes it (elements,
    /// attributes, URLs, iframe hosts, nesting), and anything but tags of allowed elements with quoted,
    /// escaped attributes, the five escapes and text, character by character.
    static func postViolations(in html: String, iframeHosts: Set<String> = defaultIframeHosts) -> [String] {
        let tokens = HTMLTestTokenizer.tokens(of: html)
        let tagViolations = { (name: String, attributes: [HTMLTestAttribute]) in
            postTagViolations(name, attributes, iframeHosts: iframeHosts)
        }
        return lexicalViolations(in: html, tagLength: postTagLength)
            + tokenViolations(
                in: tokens, voidElements: postVoidElements, emptyElements: ["iframe"], tagViolations: tagViolations)
    }

    private static func postTagViolations(
        _ element: String, _ attributes: [HTMLTestAttribute], iframeHosts: Set<String>
    ) -> [String] {
        guard let allowed = postAttributes[element] else { return ["element <\(element)>"] }
        var found: [String] = []
        for attribute in attributes {
            let value = attribute.value
            if attribute.name.hasPrefix("on") { found.append("event handler \(attribute.name) on <\(element)>") }
            if !allowed.contains(attribute.name) { found.append("attribute \(attribute.name) on <\(element)>") }
            let problem: String? =
                switch (element, attribute.name) {
                case ("a", "href"): hrefProblem(value, schemes: ["http", "https", "mailto"], allowsRelative: true)
                case ("img", "src"), ("audio", "src"), ("video", "src"), ("video", "poster"):
                    hrefProblem(value, schemes: ["http", "https"], allowsRelative: true)
                case ("iframe", "src"): iframeSourceProblem(value, hosts: iframeHosts)
                case ("code", "class"): value.hasPrefix("language-") ? nil : "class=\"\(value)\" on <code>"
                case ("td", "class"), ("th", "class"):
                    value.hasPrefix("align-") ? nil : "class=\"\(value)\" on <\(element)>"
                default: nil
                }
            if let problem { found.append(problem) }
        }
        if Set(attributes.map(\.name)).count != attributes.count { found.append("repeated attribute on <\(element)>") }
        if ["img", "iframe"].contains(element) && !attributes.contains(where: { $0.name == "src" }) {
            found.append("<\(element)> without src")
        }
        if element == "img" && !attributes.contains(where: { $0.name == "alt" }) { found.append("<img> without alt") }
        return found
    }

    /// What is wrong with an iframe's `src`, read by Foundation's URL parser: it must be `https` on one of
    /// `hosts`, with no user, password or port.
    private static func iframeSourceProblem(_ source: String, hosts: Set<String>) -> String? {
        guard let url = URLComponents(string: source), url.scheme?.lowercased() == "https",
            let host = url.host?.lowercased(), hosts.contains(host), url.user == nil, url.password == nil,
            url.port == nil
        else { return "iframe src \(source)" }
        return nil
    }

    /// The length of a tag of an allowed post element at the start of `rest`: `</name>`, or `<name>` with
    /// ` attribute="value"` pairs whose values hold no `" < > '` and only the five escapes.
    private static func postTagLength(_ rest: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = rest.startIndex + 1
        let isEndTag = index < rest.endIndex && rest[index] == "/"
        if isEndTag { index += 1 }
        let name = String(String.UnicodeScalarView(rest[index...].prefix { isLowercaseOrDigit($0) }))
        guard postAttributes[name] != nil else { return nil }
        index += name.unicodeScalars.count
        while index < rest.endIndex && rest[index] == " " && !isEndTag {
            let attribute = rest[(index + 1)...].prefix { isLowercaseOrDigit($0) }
            index += 1 + attribute.count
            guard !attribute.isEmpty, rest[index...].starts(with: "=\"".unicodeScalars),
                let valueEnd = quotedValueEnd(in: rest, from: index + 2)
            else { return nil }
            index = valueEnd + 1
        }
        guard index < rest.endIndex && rest[index] == ">" else { return nil }
        return index + 1 - rest.startIndex
    }

    private static func isLowercaseOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
