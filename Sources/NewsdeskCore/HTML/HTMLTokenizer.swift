/// A forgiving HTML tokenizer for the bodies and titles of imported posts: tags, text and comments, as a
/// browser would split them for the simple markup blogs use. `<` that cannot start a tag is text; comments,
/// `<!…>` and `<?…>` are dropped; the content of `script` and `style` is dropped.
public struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var index = 0

    public init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// All tokens of `html`.
    public static func tokens(_ html: String) -> [HTMLToken] {
        var tokenizer = HTMLTokenizer(html)
        var tokens: [HTMLToken] = []
        while let token = tokenizer.next() { tokens.append(token) }
        return tokens
    }

    /// The next token, or nil at the end.
    public mutating func next() -> HTMLToken? {
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let token = markup() {
                if let token { return token }
                continue
            }
            return text()
        }
        return nil
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private mutating func text() -> HTMLToken {
        let start = index
        index += 1
        while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
        return .text(HTMLCharacterReferences.decode(bytes[start..<index]))
    }

    /// At a `<`: nil when it starts no markup (it is text); `.some(nil)` for markup that yields no token
    /// (a comment); otherwise the tag.
    private mutating func markup() -> HTMLToken?? {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            let isComment = index + 3 < bytes.count && bytes[index + 2] == 0x2D && bytes[index + 3] == 0x2D
            index = isComment ? skip(past: Array("-->".utf8), from: index + 4) : skip(past: [0x3E], from: index + 2)
            return .some(nil)
        }
        if next == UInt8(ascii: "/"), index + 2 < bytes.count, isLetter(bytes[index + 2]) {
            index += 2
            let name = readName()
            index = skip(past: [0x3E], from: index)
            return .end(name)
        }
        guard isLetter(next) else { return nil }
        index += 1
        let name = readName()
        let (attributes, selfClosing) = readAttributes()
        if name == "script" || name == "style" {
            skipRawText(until: name)
            return .some(nil)
        }
        return .start(name, attributes, selfClosing: selfClosing)
    }

    private mutating func readName() -> String {
        let start = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3E, bytes[index] != 0x2F {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    private mutating func readAttributes() -> ([String: String], Bool) {
        var attributes: [String: String] = [:]
        while index < bytes.count {
            while index < bytes.count && (isSpace(bytes[index]) || bytes[index] == 0x2F && !closesTag()) {
                index += 1
            }
            guard index < bytes.count else { break }
            if bytes[index] == 0x3E {
                index += 1
                return (attributes, false)
            }
            if closesTag() {
                index += 2
                return (attributes, true)
            }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), ![0x3D, 0x3E].contains(bytes[index]), !closesTag() {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count && isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count && bytes[index] == 0x3D {
                index += 1
                while index < bytes.count && isSpace(bytes[index]) { index += 1 }
                value = readValue()
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return (attributes, false)
    }

    private func closesTag() -> Bool {
        index + 1 < bytes.count && bytes[index] == 0x2F && bytes[index + 1] == 0x3E
    }

    private mutating func readValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        let start: Int
        if quote == 0x22 || quote == 0x27 {
            index += 1
            start = index
            while index < bytes.count && bytes[index] != quote { index += 1 }
            defer { index = min(index + 1, bytes.count) }
            return HTMLCharacterReferences.decode(bytes[start..<index])
        }
        start = index
        while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3E { index += 1 }
        return HTMLCharacterReferences.decode(bytes[start..<index])
    }

    /// The index just past `terminator`, or the end.
    private func skip(past terminator: [UInt8], from start: Int) -> Int {
        var position = start
        while position + terminator.count <= bytes.count {
            if bytes[position..<position + terminator.count].elementsEqual(terminator) {
                return position + terminator.count
            }
            position += 1
        }
        return bytes.count
    }

    private mutating func skipRawText(until name: String) {
        let closing = Array("</\(name)".utf8)
        while index < bytes.count {
            if bytes[index] == 0x3C, index + closing.count <= bytes.count,
                bytes[index..<index + closing.count].map({ $0 | 0x20 }).elementsEqual(closing.map { $0 | 0x20 })
            {
                index = skip(past: [0x3E], from: index)
                return
            }
            index += 1
        }
    }
}
