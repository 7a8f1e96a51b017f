extension CommentSanitizer {
    /// Writes the output: allowed elements kept well nested, text escaped with its line breaks as `<br>`
    /// and its bare URLs as links.
    struct Writer {
        /// Links written so far, kept and linkified.
        private(set) var linkCount = 0
        /// The HTML written so far, in UTF-8.
        private var output: [UInt8] = []
        /// Elements written but not yet closed, outermost first.
        private var openElements: [String] = []
        /// Text (UTF-8, references decoded) not yet written. It is held until the next tag so that a bare
        /// URL is found whole however the input cut the text up (references, refused tags, `<br>`): so the
        /// output reads back as the same text, and sanitizing it again changes nothing.
        private var pendingText: [UInt8] = []

        /// The HTML written so far.
        var html: String { String(decoding: output, as: UTF8.self) }

        /// Adds text to show, decoding its character references.
        mutating func appendText(_ raw: ArraySlice<UInt8>) {
            HTMLCharacterReferences.decode(raw, into: &pendingText)
        }

        /// Adds markup to show as typed.
        mutating func appendVerbatim(_ source: ArraySlice<UInt8>) {
            pendingText.append(contentsOf: source)
        }

        mutating func appendLineBreak() {
            pendingText.append(UTF8Bytes.lineFeed)
        }

        /// Opens an allowed element other than `a`; false, and nothing written, when nesting is too deep.
        mutating func open(_ name: String) -> Bool {
            guard openElements.count < maximumNesting else { return false }
            flushText()
            output.append(UTF8Bytes.lessThan)
            output.append(contentsOf: name.utf8)
            output.append(UTF8Bytes.greaterThan)
            openElements.append(name)
            return true
        }

        /// Opens a link to an href already checked; false, and nothing written, when nesting is too deep.
        mutating func openLink(href: [UInt8]) -> Bool {
            // A link inside a link is not valid HTML and browsers end the first one; do the same, so that
            // what we write is what a browser builds.
            _ = close("a")
            guard openElements.count < maximumNesting else { return false }
            flushText()
            writeLinkStart(href: href)
            openElements.append("a")
            return true
        }

        /// Closes the innermost open element of that name and those opened inside it; false when none is open.
        mutating func close(_ name: String) -> Bool {
            guard let index = openElements.lastIndex(of: name) else { return false }
            flushText()
            closeElements(from: index)
            return true
        }

        /// Writes the remaining text and closes every element still open.
        mutating func finish() {
            flushText()
            closeElements(from: 0)
        }

        private mutating func closeElements(from index: Int) {
            for element in openElements[index...].reversed() {
                output.append(UTF8Bytes.lessThan)
                output.append(UTF8Bytes.slash)
                output.append(contentsOf: element.utf8)
                output.append(UTF8Bytes.greaterThan)
            }
            openElements.removeSubrange(index...)
        }

        private mutating func flushText() {
            guard !pendingText.isEmpty else { return }
            let text = pendingText
            pendingText = []
            // No link in a link; and at the nesting limit a link would be one element too deep (sanitising the
            // output again would show it as text, so it would not be a fixed point): the URL stays text.
            if openElements.contains("a") || openElements.count >= maximumNesting {
                writeEscaped(text, 0..<text.count)
                return
            }
            var written = 0
            for url in LinkRules.bareURLs(in: text) {
                writeEscaped(text, written..<url.range.lowerBound)
                writeLinkStart(href: url.href)
                writeEscaped(text, url.range)
                output.append(contentsOf: Self.linkEnd)
                written = url.range.upperBound
            }
            writeEscaped(text, written..<text.count)
        }

        private mutating func writeLinkStart(href: [UInt8]) {
            output.append(contentsOf: Self.linkStart)
            writeEscaped(href, 0..<href.count)
            output.append(contentsOf: Self.linkStartEnd)
            linkCount += 1
        }

        private mutating func writeEscaped(_ text: [UInt8], _ range: Range<Int>) {
            var index = range.lowerBound
            while index < range.upperBound {
                let byte = text[index]
                index += 1
                // Most bytes need nothing: not markup, not a control character, not the start of a C1 one.
                if byte > 0x3E && byte != 0x7F && byte != 0xC2 {
                    output.append(byte)
                    continue
                }
                switch byte {
                case UTF8Bytes.ampersand: output.append(contentsOf: Self.escapedAmpersand)
                case UTF8Bytes.lessThan: output.append(contentsOf: Self.escapedLessThan)
                case UTF8Bytes.greaterThan: output.append(contentsOf: Self.escapedGreaterThan)
                case UTF8Bytes.doubleQuote: output.append(contentsOf: Self.escapedDoubleQuote)
                case UTF8Bytes.singleQuote: output.append(contentsOf: Self.escapedSingleQuote)
                case UTF8Bytes.lineFeed: output.append(contentsOf: Self.lineBreak)
                case UTF8Bytes.tab: output.append(byte)
                default:
                    // Other control characters mean nothing in a comment and some confuse parsers; a visible
                    // replacement character shows that something was there.
                    let controlLength = UTF8Bytes.controlLength(in: text, at: index - 1)
                    guard controlLength > 0 else {
                        output.append(byte)
                        continue
                    }
                    output.append(contentsOf: Self.replacementCharacter)
                    index += controlLength - 1
                }
            }
        }

        private static let escapedAmpersand = Array("&amp;".utf8)
        private static let escapedLessThan = Array("&lt;".utf8)
        private static let escapedGreaterThan = Array("&gt;".utf8)
        private static let escapedDoubleQuote = Array("&quot;".utf8)
        private static let escapedSingleQuote = Array("&#39;".utf8)
        private static let lineBreak = Array("<br>\n".utf8)
        private static let replacementCharacter = Array("\u{FFFD}".utf8)
        private static let linkStart = Array("<a href=\"".utf8)
        private static let linkStartEnd = Array("\" rel=\"\(linkRelation)\">".utf8)
        private static let linkEnd = Array("</a>".utf8)
    }
}
