/// A token as the WHATWG HTML tokenizer emits it from the data state.
enum HTMLTestToken: Equatable {
    /// Text, character references decoded.
    case text(String)
    case startTag(name: String, attributes: [HTMLTestAttribute])
    case endTag(name: String, attributes: [HTMLTestAttribute])
    /// `<!-- -->`, `<!DOCTYPE>`, `<![CDATA[`, `<?...>` and `</ ...>`: all become comment (or doctype) nodes.
    case comment(String)
    /// A tag the input ends in the middle of; a browser drops it.
    case unterminatedTag(String)

    /// The element a start or end tag names; nil for anything else.
    var elementName: String? {
        switch self {
        case .startTag(let name, _), .endTag(let name, _): name
        case .text, .comment, .unterminatedTag: nil
        }
    }
}

/// An attribute as the tokenizer reads it: name lowercased, value with character references decoded.
struct HTMLTestAttribute: Equatable {
    let name: String
    let value: String
}

/// Tokenizes HTML the way a browser does, following the WHATWG tokenizer states for data, tags, attributes,
/// comments and bogus comments. It never switches to RAWTEXT or script data: the checks fail on the first
/// `<script>`, `<style>` or `<textarea>` anyway, so what a browser would do after one does not matter.
/// Repeated attributes are all kept (a browser keeps the first), so that the checks see every one.
struct HTMLTestTokenizer {
    let input: [Unicode.Scalar]
    var index = 0
    var tokens: [HTMLTestToken] = []
    var pendingText: [Unicode.Scalar] = []

    static func tokens(of html: String) -> [HTMLTestToken] {
        var tokenizer = HTMLTestTokenizer(input: Array(html.unicodeScalars))
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(input: [Unicode.Scalar]) {
        self.input = input
    }

    var current: Unicode.Scalar? { index < input.count ? input[index] : nil }

    static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{0C}" || scalar == "\r"
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    private mutating func run() {
        while let scalar = current {
            if scalar == "<" {
                readMarkup()
            } else {
                pendingText.append(scalar)
                index += 1
            }
        }
        flushText()
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        tokens.append(.text(HTMLTestEntities.decode(String(String.UnicodeScalarView(pendingText)))))
        pendingText = []
    }

    mutating func emit(_ token: HTMLTestToken) {
        flushText()
        tokens.append(token)
    }

    /// Tag open state: `index` is at a `<`.
    private mutating func readMarkup() {
        let start = index
        index += 1
        switch current {
        case "!":
            index += 1
            if input[index...].starts(with: "--".unicodeScalars) {
                index += 2
                readComment(from: start)
            } else {
                readBogusComment(from: start)
            }
        case "?":
            readBogusComment(from: start)
        case "/":
            index += 1
            if Self.isASCIILetter(current) {
                readTag(from: start, isEndTag: true)
            } else if current == ">" {
                index += 1  // `</>` is dropped.
            } else if current == nil {
                pendingText.append(contentsOf: "</".unicodeScalars)
            } else {
                readBogusComment(from: start)
            }
        default:
            if Self.isASCIILetter(current) {
                readTag(from: start, isEndTag: false)
            } else {
                pendingText.append("<")  // Reconsume in the data state.
            }
        }
    }

    private mutating func readComment(from start: Int) {
        // `<!-->` and `<!--->` end at once; otherwise `-->` or `--!>` ends the comment, or the end of input.
        for abrupt in [">", "->"] where input[index...].starts(with: abrupt.unicodeScalars) {
            index += abrupt.unicodeScalars.count
            emit(.comment(String(String.UnicodeScalarView(input[start..<index]))))
            return
        }
        while index < input.count {
            for ending in ["-->", "--!>"] where input[index...].starts(with: ending.unicodeScalars) {
                index += ending.unicodeScalars.count
                emit(.comment(String(String.UnicodeScalarView(input[start..<index]))))
                return
            }
            index += 1
        }
        emit(.comment(String(String.UnicodeScalarView(input[start...]))))
    }

    private mutating func readBogusComment(from start: Int) {
        while let scalar = current, scalar != ">" { index += 1 }
        if current == ">" { index += 1 }
        emit(.comment(String(String.UnicodeScalarView(input[start..<index]))))
    }
}
