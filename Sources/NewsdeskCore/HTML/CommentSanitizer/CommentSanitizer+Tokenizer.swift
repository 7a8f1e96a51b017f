extension CommentSanitizer {
    /// Reads a comment's source (UTF-8) the way HTML's tokenizer does, far enough to find the tags we keep;
    /// every other tag comes out as text, exactly as typed.
    struct Tokenizer {
        enum Token {
            /// Text whose character references are still to be decoded.
            case text(ArraySlice<UInt8>)
            /// Markup to show exactly as typed: a refused tag, or a tag the input ends in.
            case verbatim(ArraySlice<UInt8>)
            /// A line break: `<br>`, with the newline typed right after it if any.
            case lineBreak
            /// A start tag of an allowed element: `href` is the raw `href` of an `a`, `source` the tag as typed
            /// (shown when the tag is refused after all).
            case startTag(name: String, href: ArraySlice<UInt8>?, source: ArraySlice<UInt8>)
            /// An end tag of an allowed element, and the tag as typed (shown when nothing is open to close).
            case endTag(name: String, source: ArraySlice<UInt8>)
        }

        private let bytes: [UInt8]
        private var position = 0

        init(_ text: String) {
            // Browsers read CRLF and a lone CR as LF; so do we, before anything else.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            var previous: UInt8 = 0
            for byte in text.utf8 {
                if !(byte == UTF8Bytes.lineFeed && previous == UTF8Bytes.carriageReturn) {
                    bytes.append(byte == UTF8Bytes.carriageReturn ? UTF8Bytes.lineFeed : byte)
                }
                previous = byte
            }
            self.bytes = bytes
        }

        /// The next piece of the input, or nil at its end.
        mutating func next() -> Token? {
            guard position < bytes.count else { return nil }
            if startsTag(at: position) {
                return readTag()
            }
            // Text runs to the next `<` that starts a tag; `< `, `<3`, `<!--`, `<?` and `</>` are text.
            let start = position
            position += 1
            while position < bytes.count && !(bytes[position] == UTF8Bytes.lessThan && startsTag(at: position)) {
                position += 1
            }
            return .text(bytes[start..<position])
        }

        /// Whether a tag starts at `index`: `<` and a letter, or `</` and a letter.
        private func startsTag(at index: Int) -> Bool {
            guard bytes[index] == UTF8Bytes.lessThan, index + 1 < bytes.count else { return false }
            if bytes[index + 1] == UTF8Bytes.slash {
                return index + 2 < bytes.count && UTF8Bytes.isASCIILetter(bytes[index + 2])
            }
            return UTF8Bytes.isASCIILetter(bytes[index + 1])
        }

        /// Reads the tag starting at `position` and moves past it.
        private mutating func readTag() -> Token {
            let start = position
            let isEndTag = bytes[start + 1] == UTF8Bytes.slash
            var index = isEndTag ? start + 2 : start + 1
            let nameStart = index
            while index < bytes.count && !UTF8Bytes.isHTMLSpace(bytes[index]) && bytes[index] != UTF8Bytes.slash
                && bytes[index] != UTF8Bytes.greaterThan
            {
                index += 1
            }
            let name = UTF8Bytes.asciiLowercased(bytes[nameStart..<index])
            guard let (href, end) = readAttributes(from: index) else {
                // The tag runs to the end of the input, where a browser would drop it. Showing it and all
                // after it as text keeps it visible, and the work linear.
                position = bytes.count
                return .verbatim(bytes[start...])
            }
            position = end
            let source = bytes[start..<end]
            if name == "br" && !isEndTag {
                // A newline right after `<br>` belongs to it: that is how our own output (`<br>\n`) reads back.
                if position < bytes.count && bytes[position] == UTF8Bytes.lineFeed { position += 1 }
                return .lineBreak
            }
            guard allowedElements.contains(name) else { return .verbatim(source) }
            if isEndTag { return .endTag(name: name, source: source) }
            return .startTag(name: name, href: name == "a" ? href : nil, source: source)
        }

        /// Reads attributes from `start` to the tag's `>` as HTML does (double-quoted, single-quoted, unquoted
        /// and bare). Returns the first `href` value and the index after the `>`, or nil when the input ends
        /// first. Other attributes are only read past: none of them is kept.
        private func readAttributes(from start: Int) -> (href: ArraySlice<UInt8>?, end: Int)? {
            var href: ArraySlice<UInt8>?
            var index = start
            while true {
                while index < bytes.count && (UTF8Bytes.isHTMLSpace(bytes[index]) || bytes[index] == UTF8Bytes.slash) {
                    index += 1
                }
                guard index < bytes.count else { return nil }
                if bytes[index] == UTF8Bytes.greaterThan { return (href, index + 1) }
                let nameStart = index
                index += 1  // HTML takes even `=` as the first character of a name.
                while index < bytes.count && !UTF8Bytes.isHTMLSpace(bytes[index]) && bytes[index] != UTF8Bytes.slash
                    && bytes[index] != UTF8Bytes.greaterThan && bytes[index] != UTF8Bytes.equals
                {
                    index += 1
                }
                let isHref = UTF8Bytes.asciiLowercased(bytes[nameStart..<index]) == "href"
                while index < bytes.count && UTF8Bytes.isHTMLSpace(bytes[index]) { index += 1 }
                var value: ArraySlice<UInt8> = []
                if index < bytes.count && bytes[index] == UTF8Bytes.equals {
                    index += 1
                    while index < bytes.count && UTF8Bytes.isHTMLSpace(bytes[index]) { index += 1 }
                    guard index < bytes.count else { return nil }
                    let quote = bytes[index]
                    if quote == UTF8Bytes.doubleQuote || quote == UTF8Bytes.singleQuote {
                        guard let closing = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
                        value = bytes[(index + 1)..<closing]
                        index = closing + 1
                    } else {
                        let valueStart = index
                        while index < bytes.count && !UTF8Bytes.isHTMLSpace(bytes[index])
                            && bytes[index] != UTF8Bytes.greaterThan
                        {
                            index += 1
                        }
                        value = bytes[valueStart..<index]
                    }
                }
                if isHref && href == nil { href = value }  // A browser keeps the first of repeated attributes.
            }
        }
    }
}
