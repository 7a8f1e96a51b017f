import HTTPTypes

/// The head of a plain GET or HEAD request read straight from the connection's bytes, for ``RawHitHandler``.
///
/// It accepts only what needs no judgement: `GET` or `HEAD`, an origin-form target of visible ASCII,
/// `HTTP/1.1`, one `Host`, no body and no header that asks for more (`Content-Length`, `Transfer-Encoding`,
/// `Expect`, `Upgrade`, `Connection: close`), no folded lines and no control characters. Anything else is
/// not refused here: it is handed to the HTTP decoder, which answers it as it answers every request.
struct PlainRequestHead {
    /// `GET` or `HEAD`.
    let isHead: Bool
    /// The target's path, `/2011/01/post.html` (of `/2011/01/post.html?x=1`), as sent.
    let path: String
    /// What the page cache is looked up by: the target as sent, less a `?` with nothing after it
    /// (``PageKey/of(path:)``).
    let cacheKey: String
    /// The request's conditional and forwarding headers, the only ones a cache hit reads.
    let fields: HTTPFields
    /// The head's length in bytes, its closing blank line included.
    let length: Int

    /// The longest head read here; a longer one goes to the decoder, which has its own limits.
    static let maximumLength = 8 * 1024
    /// The most header lines read here.
    static let maximumFieldCount = 64

    /// Parses the head at the start of `bytes`: `nil` when the bytes hold no complete plain head.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let end = Self.endOfHead(in: bytes) else { return nil }
        var lines = HeadLines(bytes: bytes, end: end)
        guard let requestLine = lines.next(), let (isHead, target) = Self.requestLine(bytes, requestLine) else {
            return nil
        }
        // Bytes rather than String indices: the target is split for every request (3% of a hit in `perf`).
        let mark = bytes[target].firstIndex(of: UInt8(ascii: "?"))
        let path = String(decoding: bytes[target.startIndex..<(mark ?? target.endIndex)], as: UTF8.self)
        let hasQuery = mark.map { $0 + 1 < target.endIndex } ?? false
        let cacheKey = hasQuery ? String(decoding: bytes[target], as: UTF8.self) : path
        var fields = HTTPFields()
        var hosts = 0
        var count = 0
        while let line = lines.next() {
            count += 1
            guard count <= Self.maximumFieldCount, let (name, value) = Self.field(bytes, line) else { return nil }
            switch name {
            case "host": hosts += 1
            case "content-length", "transfer-encoding", "expect", "upgrade", "te": return nil
            case "connection":
                let options = value.lowercased()
                if options.contains("close") || options.contains("upgrade") { return nil }
            // Appended, not replaced: a field sent twice reads as its values joined, as after the decoder.
            case "if-none-match": fields.append(HTTPField(name: .ifNoneMatch, value: value))
            case "if-modified-since": fields.append(HTTPField(name: .ifModifiedSince, value: value))
            case "x-forwarded-for": fields.append(HTTPField(name: .xForwardedFor, value: value))
            default: break
            }
        }
        guard hosts == 1 else { return nil }
        self.isHead = isHead
        self.path = path
        self.cacheKey = cacheKey
        self.fields = fields
        self.length = end
    }

    /// The index just past the first `\r\n\r\n`, when it is within ``maximumLength``.
    private static func endOfHead(in bytes: UnsafeRawBufferPointer) -> Int? {
        let limit = min(bytes.count, maximumLength)
        var index = 3
        while index < limit {
            if bytes[index] == 0x0A, bytes[index - 1] == 0x0D, bytes[index - 2] == 0x0A, bytes[index - 3] == 0x0D {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// `GET /path HTTP/1.1` or `HEAD /path HTTP/1.1`.
    private static func requestLine(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> (Bool, Range<Int>)? {
        let text = bytes[line]
        let isHead: Bool
        if text.starts(with: "GET /".utf8) {
            isHead = false
        } else if text.starts(with: "HEAD /".utf8) {
            isHead = true
        } else {
            return nil
        }
        let version = " HTTP/1.1".utf8
        guard text.count > version.count, text.suffix(version.count).elementsEqual(version) else { return nil }
        let target = text.dropFirst(isHead ? 5 : 4).dropLast(version.count)
        guard target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        return (isHead, target.startIndex..<target.endIndex)
    }

    /// A `name: value` line: the name lowercased, the value without the spaces around it; `nil` for a folded
    /// line, a name that is not a token, or a control character in the value.
    private static func field(_ bytes: UnsafeRawBufferPointer, _ line: Range<Int>) -> (String, String)? {
        let text = bytes[line]
        guard let colon = text.firstIndex(of: UInt8(ascii: ":")), colon > text.startIndex else { return nil }
        let name = text[..<colon]
        guard name.allSatisfy(HTTPToken.isTokenCharacter) else { return nil }
        var value = text[(colon + 1)...]
        guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else { return nil }
        while let first = value.first, first == 0x20 || first == 0x09 { value = value.dropFirst() }
        while let last = value.last, last == 0x20 || last == 0x09 { value = value.dropLast() }
        return (String(decoding: name, as: UTF8.self).lowercased(), String(decoding: value, as: UTF8.self))
    }

}

/// The lines of a head, each without its `\r\n`. A bare `\n` or `\r` stays inside its line, where the checks on
/// targets and values refuse it.
private struct HeadLines {
    let bytes: UnsafeRawBufferPointer
    let end: Int
    var position = 0

    init(bytes: UnsafeRawBufferPointer, end: Int) {
        self.bytes = bytes
        self.end = end
    }

    /// The next line, or `nil` at the blank line that closes the head.
    mutating func next() -> Range<Int>? {
        var index = position
        while index + 1 < end, !(bytes[index] == 0x0D && bytes[index + 1] == 0x0A) { index += 1 }
        guard index > position, index + 1 < end else { return nil }
        defer { position = index + 2 }
        return position..<index
    }
}
