import Foundation
import NewsdeskCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Finds markup that would run or load something in a reader's browser or feed reader: scripts (but the
/// page's own JSON-LD), handlers, `javascript:`/`vbscript:`/`data:` addresses, style that loads or runs,
/// forms that post elsewhere, embedded players from hosts the sanitiser does not allow, and SVG, MathML,
/// objects and embeds. Tags are read as a browser reads them (Core's tokenizer decodes references).
enum LiveMarkupCheck {
    static let forbiddenElements: Set<String> = ["svg", "math", "object", "embed", "applet", "base", "frame"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "data", "xlink:href"]

    /// Everything live in `html`, described; empty when there is nothing.
    static func findings(in html: String) -> [String] {
        var found: [String] = []
        for token in HTMLTokenizer.tokens(html) {
            guard case .start(let name, let attributes, _) = token else { continue }
            if forbiddenElements.contains(name) { found.append("<\(name)>") }
            if name == "script" && attributes["type"] != "application/ld+json" { found.append("<script>") }
            if name == "iframe", let source = attributes["src"],
                !PostSanitizer.defaultIframeHosts.contains(where: { source.hasPrefix("https://\($0)/") })
            {
                found.append("<iframe src=\(source)>")
            }
            if name == "form", let action = attributes["action"], !action.hasPrefix("/") {
                found.append("<form action=\(action)>")
            }
            for (attribute, value) in attributes {
                if attribute.hasPrefix("on") { found.append("\(attribute) on <\(name)>") }
                if urlAttributes.contains(attribute), let scheme = liveScheme(value) {
                    found.append("\(scheme) in \(attribute) on <\(name)>")
                }
                let folded = value.lowercased().filter { !$0.isWhitespace }
                if attribute == "style" && (folded.contains("url(") || folded.contains("expression(")) {
                    found.append("style loading or running code on <\(name)>")
                }
            }
        }
        return found
    }

    /// The dangerous scheme `value` has as a browser reads it (controls and white space dropped), if any.
    private static func liveScheme(_ value: String) -> String? {
        let kept = String(value.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)).lowercased()
        return ["javascript:", "vbscript:", "data:"].first { kept.hasPrefix($0) }
    }

    /// The HTML a feed hands its reader: Atom's `content` and `summary`, RSS's `description` (the text of
    /// these elements, as an XML parser gives it), or JSON Feed's `content_html`.
    static func feedHTML(_ body: String) throws -> [String] {
        if body.hasPrefix("{") {
            let feed = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            let items = feed?["items"] as? [[String: Any]] ?? []
            return items.compactMap { $0["content_html"] as? String }
        }
        let collector = ElementTextCollector(names: ["content", "summary", "description"])
        let parser = XMLParser(data: Data(body.utf8))
        parser.delegate = collector
        guard parser.parse() else { throw CocoaError(.coderReadCorrupt) }
        return collector.texts
    }

    private final class ElementTextCollector: NSObject, XMLParserDelegate {
        let names: Set<String>
        var texts: [String] = []
        private var current: String?

        init(names: Set<String>) { self.names = names }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            if names.contains(elementName) { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            current? += String(decoding: block, as: UTF8.self)
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
        ) {
            if names.contains(elementName), let text = current { texts.append(text) }
            if names.contains(elementName) { current = nil }
        }
    }
}
