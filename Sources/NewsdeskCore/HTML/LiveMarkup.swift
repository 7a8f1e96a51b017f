/// Finds markup that would run or load something in a reader's browser or feed reader: scripts (but a
/// page's own JSON-LD), handlers, `javascript:`/`vbscript:`/`data:` addresses, style that loads or runs,
/// forms that post elsewhere, embedded players from hosts the sanitiser does not allow, and SVG, MathML,
/// objects and embeds. Tags are read as a browser reads them (``HTMLTokenizer`` decodes references).
///
/// The sanitisers promise that their output has none of this; the web tests check served pages with it
/// and the fuzz targets check every sanitised output, so both hold the sanitisers to one definition.
public enum LiveMarkup {
    static let forbiddenElements: Set<String> = ["svg", "math", "object", "embed", "applet", "base", "frame"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "poster", "data", "xlink:href"]

    /// Everything live in `html`, described; empty when there is nothing.
    public static func findings(in html: String) -> [String] {
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
}
