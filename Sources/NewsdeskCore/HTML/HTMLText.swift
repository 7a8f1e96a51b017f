/// Escaping plain text for HTML.
public enum HTMLText {
    /// Escapes `& < > " '` so text can stand in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape: hand it back without building a copy.
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var html: [UInt8] = []
        html.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text.utf8, to: &html)
        return String(decoding: html, as: UTF8.self)
    }

    /// Appends UTF-8 text to `html`, escaped as ``escape(_:)`` does. Inlinable so callers in other modules get it
    /// made for their kind of bytes, not a generic call per byte (a fifteenth of a search page, bench/search).
    @inlinable
    public static func appendEscaped<Bytes: Sequence<UInt8>>(_ text: Bytes, to html: inout [UInt8]) {
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): html += "&amp;".utf8
            case UInt8(ascii: "<"): html += "&lt;".utf8
            case UInt8(ascii: ">"): html += "&gt;".utf8
            case UInt8(ascii: "\""): html += "&quot;".utf8
            case UInt8(ascii: "'"): html += "&#39;".utf8
            default: html.append(byte)
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Plain text as HTML: escaped, with each line break kept as `<br>`.
    public static func withLineBreaks(_ text: String) -> String {
        escape(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>\n")
    }
}
