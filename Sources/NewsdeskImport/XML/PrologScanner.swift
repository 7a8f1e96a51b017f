/// Looks at the prolog (everything before the root element) of UTF-8 text, before any parsing, and refuses
/// a DOCTYPE that is more than a name: an internal subset (`[…]`, where entities are declared, so an
/// entity-expansion bomb or an external entity never reaches the parser) or an external DTD (`SYSTEM` or
/// `PUBLIC`). No export we read has either, so nothing inside them needs reading: whatever hides there is
/// refused with the rest. ``ExportDecoding`` puts every file into UTF-8 first, so this reads what the
/// parser reads.
struct PrologScanner {
    /// What the bytes seen so far say.
    enum Verdict: Equatable {
        /// The root element starts without a DOCTYPE beyond a name before it (or the file is not XML at all,
        /// which the parser will report).
        case safe
        /// An internal subset that declares entities: the first `<!ENTITY` in it.
        case declaresEntities(XMLPosition)
        /// An internal subset, at its `[`.
        case internalSubset(XMLPosition)
        /// An external DTD, at its `SYSTEM` or `PUBLIC`.
        case externalDTD(XMLPosition)
        /// The prolog goes on past the bytes given; give more.
        case needMoreBytes
    }

    private let bytes: UnsafeRawBufferPointer
    private let isComplete: Bool

    /// The verdict on `bytes`, the start of a file; `isComplete` says whether they are the whole file.
    static func scan(_ bytes: UnsafeRawBufferPointer, isComplete: Bool) -> Verdict {
        PrologScanner(bytes: bytes, isComplete: isComplete).verdict()
    }

    private func hasPrefix(_ text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        for offset in 0..<length where bytes[index + offset] != text.utf8Start[offset] {
            return false
        }
        return true
    }

    /// The index just past the next `terminator` at or after `index`, or nil if the bytes run out first.
    private func skip(past terminator: StaticString, from index: Int) -> Int? {
        var index = index
        while index < bytes.count {
            if hasPrefix(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return nil
    }

    private func isSpace(_ index: Int) -> Bool {
        [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index])
    }

    private func verdict() -> Verdict {
        var index = hasPrefix("\u{FEFF}", at: 0) ? 3 : 0
        while true {
            while index < bytes.count, isSpace(index) { index += 1 }
            // A chunk may end inside "<!DOCTYPE": decide only with enough bytes in hand.
            if !isComplete && bytes.count - index < 16 { return .needMoreBytes }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "<") else { return .safe }
            let next: Int?
            if hasPrefix("<?", at: index) {
                next = skip(past: "?>", from: index + 2)
            } else if hasPrefix("<!--", at: index) {
                next = skip(past: "-->", from: index + 4)
            } else if hasPrefix("<!DOCTYPE", at: index) {
                let (refusal, end) = doctype(from: index + 9)
                if let refusal { return refusal }
                next = end
            } else {
                return .safe  // the root element
            }
            guard let next else { return isComplete ? .safe : .needMoreBytes }
            index = next
        }
    }

    /// Reads a DOCTYPE from just after `<!DOCTYPE`: its name, then only `>` may follow. Returns the verdict
    /// when there is one, else where the DOCTYPE ends (nil when the bytes run out first).
    private func doctype(from start: Int) -> (Verdict?, Int?) {
        var index = start
        while index < bytes.count && isSpace(index) { index += 1 }
        while index < bytes.count && !isSpace(index) && bytes[index] != UInt8(ascii: ">")
            && bytes[index] != UInt8(ascii: "[")
        {
            index += 1
        }
        while index < bytes.count && isSpace(index) { index += 1 }
        guard index < bytes.count else { return (nil, nil) }
        switch bytes[index] {
        case UInt8(ascii: ">"):
            return (nil, index + 1)
        case UInt8(ascii: "["):
            let entity = (index..<bytes.count).first { hasPrefix("<!ENTITY", at: $0) }
            return (entity.map { .declaresEntities(position(of: $0)) } ?? .internalSubset(position(of: index)), nil)
        default:
            return (.externalDTD(position(of: index)), nil)
        }
    }

    /// Line and column (1-based, counting bytes) of `index`.
    private func position(of index: Int) -> XMLPosition {
        var line = 1
        var lineStart = 0
        for offset in 0..<index where bytes[offset] == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        return XMLPosition(line: line, column: index - lineStart + 1)
    }
}
