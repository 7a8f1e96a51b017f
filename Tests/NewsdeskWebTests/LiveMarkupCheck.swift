import Foundation
import NewsdeskCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The live-markup check of the served pages and feeds: ``LiveMarkup`` (in Core, shared with the fuzz
/// targets) for HTML, and the feed readers' view of a feed's HTML.
enum LiveMarkupCheck {
    /// Everything live in `html`, described; empty when there is nothing.
    static func findings(in html: String) -> [String] {
        LiveMarkup.findings(in: html)
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
