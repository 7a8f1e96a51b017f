import Foundation

/// Looks at the prolog (everything before the root element) for a DOCTYPE that declares entities, before
/// any parsing: an entity-expansion bomb ("billion laughs") is refused before the parser can expand it, and
/// no export we read ever declares entities. Works on UTF-8 and on UTF-16 by looking only at ASCII markup.
struct PrologScanner {
    /// What the bytes seen so far say.
    enum Verdict: Equatable {
        /// The root element starts without any entity declaration before it (or the file is not XML at
        /// all, which the parser will report).
        case safe
        /// An `<!ENTITY` declaration at this place.
        case declaresEntities(XMLPosition)
        /// The prolog goes on past the bytes given; give more.
        case needMoreBytes
    }

    private let bytes: UnsafeRawBufferPointer
    /// For UTF-16, where the ASCII byte of each code unit is (0 or 1); nil for UTF-8.
    private let utf16LowByte: Int?
    private let isComplete: Bool

    /// The verdict on `bytes`, the start of a file; `isComplete` says whether they are the whole file.
    static func scan(_ bytes: UnsafeRawBufferPointer, isComplete: Bool) -> Verdict {
        PrologScanner(bytes: bytes, isComplete: isComplete).verdict()
    }

    private init(bytes: UnsafeRawBufferPointer, isComplete: Bool) {
        self.bytes = bytes
        self.isComplete = isComplete
        if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFF, 0xFE) || bytes.count >= 2 && bytes[1] == 0 {
            utf16LowByte = 0
        } else if bytes.count >= 2 && (bytes[0], bytes[1]) == (0xFE, 0xFF) || bytes.count >= 2 && bytes[0] == 0 {
            utf16LowByte = 1
        } else {
            utf16LowByte = nil
        }
    }

    /// The number of characters (code units) available.
    private var count: Int {
        utf16LowByte == nil ? bytes.count : bytes.count / 2
    }

    /// The ASCII character at `index`, or 0xFF for anything else.
    private func byte(_ index: Int) -> UInt8 {
        guard let low = utf16LowByte else { return bytes[index] }
        return bytes[2 * index + 1 - low] == 0 ? bytes[2 * index + low] : 0xFF
    }

    private func hasPrefix(_ text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= count else { return false }
        for offset in 0..<length where byte(index + offset) != text.utf8Start[offset] {
            return false
        }
        return true
    }

    /// The index just past the next `terminator` at or after `index`, or nil if the bytes run out first.
    private func skip(past terminator: StaticString, from index: Int) -> Int? {
        var index = index
        while index < count {
            if hasPrefix(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return nil
    }

    private func verdict() -> Verdict {
        var index = 0
        if utf16LowByte != nil && count > 0 && byte(0) == 0xFF { index = 1 }  // the byte-order mark
        if utf16LowByte == nil && hasPrefix("\u{FEFF}", at: 0) { index = 3 }
        while true {
            while index < count, [0x20, 0x09, 0x0A, 0x0D].contains(byte(index)) { index += 1 }
            // A chunk may end inside "<!DOCTYPE": decide only with enough bytes in hand.
            if !isComplete && count - index < 16 { return .needMoreBytes }
            guard index < count else { return .safe }
            guard byte(index) == UInt8(ascii: "<") else { return .safe }
            let next: Int?
            if hasPrefix("<?", at: index) {
                next = skip(past: "?>", from: index + 2)
            } else if hasPrefix("<!--", at: index) {
                next = skip(past: "-->", from: index + 4)
            } else if hasPrefix("<!DOCTYPE", at: index) {
                switch doctype(from: index + 9) {
                case .end(let end): next = end
                case .entity(let position): return .declaresEntities(position)
                case .incomplete: next = nil
                }
            } else {
                return .safe  // the root element
            }
            guard let next else { return isComplete ? .safe : .needMoreBytes }
            index = next
        }
    }

    private enum DoctypeEnd {
        case end(Int)
        case entity(XMLPosition)
        case incomplete
    }

    /// Reads a DOCTYPE from just after `<!DOCTYPE` to its `>`, looking into the internal subset.
    private func doctype(from start: Int) -> DoctypeEnd {
        var index = start
        var quote: UInt8?
        var inSubset = false
        while index < count {
            let character = byte(index)
            if let open = quote {
                if character == open { quote = nil }
            } else if character == UInt8(ascii: "\"") || character == UInt8(ascii: "'") {
                quote = character
            } else if inSubset && hasPrefix("<!--", at: index) {
                guard let end = skip(past: "-->", from: index + 4) else { return .incomplete }
                index = end
                continue
            } else if inSubset && hasPrefix("<!ENTITY", at: index) {
                return .entity(position(of: index))
            } else if character == UInt8(ascii: "[") {
                inSubset = true
            } else if character == UInt8(ascii: "]") {
                inSubset = false
            } else if character == UInt8(ascii: ">") && !inSubset {
                return .end(index + 1)
            }
            index += 1
        }
        return .incomplete
    }

    /// Line and column (1-based, counting code units) of `index`.
    private func position(of index: Int) -> XMLPosition {
        var line = 1
        var lineStart = 0
        for offset in 0..<index where byte(offset) == 0x0A {
            line += 1
            lineStart = offset + 1
        }
        return XMLPosition(line: line, column: index - lineStart + 1)
    }
}
