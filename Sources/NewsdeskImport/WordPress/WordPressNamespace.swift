/// The namespaces of a WordPress export (WXR).
enum WordPressNamespace {
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// `http://wordpress.org/export/1.2/` and its `https` and older-version spellings; WordPress.com and the
    /// theme unit test data write `https`.
    static func isExport(_ uri: String) -> Bool {
        version(of: uri, suffix: "") != nil
    }

    /// The excerpt namespace that goes with an export namespace: `…/export/1.2/excerpt/`.
    static func isExcerpt(_ uri: String) -> Bool {
        version(of: uri, suffix: "excerpt/") != nil
    }

    /// The WXR version in a namespace URI ("1.2"), or nil for a URI that is not WordPress's.
    static func version(of uri: String, suffix: String = "") -> String? {
        var rest = Substring(uri)
        for scheme in ["http://", "https://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        guard rest.hasPrefix("wordpress.org/export/") else { return nil }
        rest = rest.dropFirst("wordpress.org/export/".count)
        guard rest.hasSuffix("/" + suffix) else { return nil }
        let version = rest.dropLast(suffix.count + 1)
        guard isVersionNumber(version) else { return nil }
        return String(version)
    }

    /// `1.2`: digits, a dot, digits; WordPress's own importer accepts no other shape.
    static func isVersionNumber(_ text: Substring) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
