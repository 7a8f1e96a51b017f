/// Which hrefs a kept link may have (for comments and posts alike), and the bare URLs in a comment's text that
/// become links.
enum LinkRules {
    /// The schemes a link may use.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// A bare URL in text: where it is (in UTF-8 bytes), and the href to write for it.
    struct BareURL {
        let range: Range<Int>
        /// The URL with a scheme (`http://` in front of a `www.` one).
        let href: [UInt8]
    }

    /// The href to write for an `<a>` whose `href` decoded to `value`, or nil when the link is not allowed
    /// (a relative URL, or a scheme other than `http`, `https` and `mailto`).
    static func allowedHref(_ value: [UInt8]) -> [UInt8]? {
        let url = browserForm(of: value)
        guard let scheme = scheme(of: url[...]), allowedSchemes.contains(scheme) else { return nil }
        return url
    }

    /// A URL attribute's decoded `value` as the browser reads it, and as we write it.
    ///
    /// Browsers ignore tabs and newlines anywhere in a URL and controls and spaces at its ends, so
    /// `java&#9;script:` is `javascript:`. We write the URL without any of them, so the scheme we check
    /// is the scheme the browser sees.
    static func browserForm(of value: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(value.count)
        var index = 0
        while index < value.count {
            let controlLength = UTF8Bytes.controlLength(in: value, at: index)
            if controlLength == 0 { kept.append(value[index]) }
            index += max(controlLength, 1)
        }
        var start = 0
        var end = kept.count
        while start < end && kept[start] == UTF8Bytes.space { start += 1 }
        while end > start && kept[end - 1] == UTF8Bytes.space { end -= 1 }
        return Array(kept[start..<end])
    }

    /// The scheme of an absolute URL, lowercased: a letter, then letters, digits, `+ - .`, up to a `:`.
    static func scheme(of url: ArraySlice<UInt8>) -> String? {
        var scheme: [UInt8] = []
        for byte in url {
            if byte == UTF8Bytes.colon { return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self) }
            let isLetter = UTF8Bytes.isASCIILetter(byte)
            let isOther = UTF8Bytes.isASCIIDigit(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E  // + - .
            guard isLetter || (isOther && !scheme.isEmpty) else { return nil }
            scheme.append(isLetter ? byte | 0x20 : byte)
        }
        return nil
    }

    /// The bare `http://`, `https://` and `www.` URLs in `text` (UTF-8), in order.
    static func bareURLs(in text: [UInt8]) -> [BareURL] {
        var urls: [BareURL] = []
        var index = 0
        while index < text.count {
            let folded = text[index] | 0x20
            if folded == UInt8(ascii: "h") || folded == UInt8(ascii: "w"), let url = bareURL(in: text, at: index) {
                urls.append(url)
                index = url.range.upperBound
            } else {
                index += 1
            }
        }
        return urls
    }

    private static let prefixes = ["https://", "http://", "www."].map { Array($0.utf8) }
    private static let httpPrefix = Array("http://".utf8)

    private static func bareURL(in text: [UInt8], at start: Int) -> BareURL? {
        // A URL starts a word: not `xhttp://`, nor the `www.` in `a.www.b` or `me@www.b`.
        guard start == 0 || mayPrecedeURL(UTF8Bytes.scalar(in: text, before: start)) else { return nil }
        guard let prefix = prefixes.first(where: { hasPrefix($0, in: text, at: start) }) else { return nil }
        let bodyStart = start + prefix.count
        var end = bodyStart
        while end < text.count && !endsURL(text, at: end) {
            end += 1
        }
        // Punctuation after a URL is usually the sentence's: "see https://example.com/a." links without
        // the period, and "(https://example.com/a)" without the parenthesis it does not open.
        while end > bodyStart && isTrailingPunctuation(text[end - 1], in: text[start..<end]) {
            end -= 1
        }
        guard end > bodyStart else { return nil }
        let first = UTF8Bytes.scalar(in: text, at: bodyStart)
        guard first.properties.isAlphabetic || first.properties.numericType != nil else { return nil }
        let href = prefix.count == 4 ? httpPrefix + text[start..<end] : Array(text[start..<end])
        return BareURL(range: start..<end, href: href)
    }

    private static func hasPrefix(_ prefix: [UInt8], in text: [UInt8], at start: Int) -> Bool {
        guard text.count - start >= prefix.count else { return false }
        var offset = 0
        while offset < prefix.count {
            let byte = text[start + offset]
            if (UTF8Bytes.isASCIILetter(byte) ? byte | 0x20 : byte) != prefix[offset] { return false }
            offset += 1
        }
        return true
    }

    private static func mayPrecedeURL(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "([{<>\"'*_,;:".unicodeScalars.contains(scalar)
    }

    /// Whether the byte at `index` ends a URL: whitespace, a control, or one of `< > " ' ` `.
    private static func endsURL(_ text: [UInt8], at index: Int) -> Bool {
        let byte = text[index]
        switch byte {
        case 0x20, 0x22, 0x27, 0x3C, 0x3E, 0x60: return true
        case 0x80...0xBF: return false  // Inside a character whose first byte was looked at.
        default:
            return UTF8Bytes.controlLength(in: text, at: index) > 0
                || (byte >= 0x80 && UTF8Bytes.scalar(in: text, at: index).properties.isWhitespace)
        }
    }

    private static func isTrailingPunctuation(_ byte: UInt8, in url: ArraySlice<UInt8>) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        case UInt8(ascii: ")"):
            return url.count { $0 == UInt8(ascii: "(") } < url.count { $0 == UInt8(ascii: ")") }
        case UInt8(ascii: "]"):
            return url.count { $0 == UInt8(ascii: "[") } < url.count { $0 == UInt8(ascii: "]") }
        default:
            return false
        }
    }
}
