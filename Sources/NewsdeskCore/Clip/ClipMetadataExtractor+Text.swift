import Foundation

extension ClipMetadataExtractor {
    /// The separators outlets put between a headline and their name in `<title>`.
    private static let outletSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]

    /// `headline` without a trailing separator and `outlet`'s name; unchanged when what follows the last
    /// separator is anything else, or when nothing would be left.
    static func withoutOutletSuffix(_ headline: String, outlet: String) -> String {
        let flat = PlainText.collapsingWhitespace(headline)
        for separator in outletSeparators {
            guard let range = flat.range(of: separator, options: .backwards), range.lowerBound > flat.startIndex
            else { continue }
            if flat[range.upperBound...].caseInsensitiveCompare(outlet) == .orderedSame {
                return String(flat[..<range.lowerBound])
            }
        }
        return flat
    }

    /// `text` with whitespace collapsed and, when longer than `limit` characters, cut at a word with an
    /// ellipsis so that the whole stays within `limit`.
    static func capped(_ text: String, limit: Int) -> String {
        let flat = PlainText.collapsingWhitespace(text)
        return flat.count <= limit ? flat : TextSummary.cut(flat, limit: limit - 1)
    }

    /// `url`'s host without a leading "www.".
    static func hostName(of url: URL) -> String {
        let host = url.host ?? ""
        return host.lowercased().hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// `reference` resolved against `base` when the result is an http or https address with a host.
    static func webURL(_ reference: String?, relativeTo base: URL) -> URL? {
        // Pages do write addresses with raw spaces, which `URL` refuses.
        guard let text = reference?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty,
            let url = URL(string: text.replacingOccurrences(of: " ", with: "%20"), relativeTo: base)?.absoluteURL,
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return nil }
        return url
    }
}
