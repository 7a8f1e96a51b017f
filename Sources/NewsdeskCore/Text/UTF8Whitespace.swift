/// Unicode white space (what `Character.isWhitespace` answers) found in UTF-8 bytes, for text scanned a byte at
/// a time: asking each `Character` was most of the time spent on search passages (bench/search).
public enum UTF8Whitespace {
    /// How many bytes the white space starting at `index` takes, or 0 when none starts there.
    @inlinable
    public static func length(at index: Int, in bytes: [UInt8]) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let remaining = bytes.count - index
        switch byte {
        case 0xC2:
            // U+0085 and U+00A0.
            return remaining >= 2 && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            // U+1680.
            return remaining >= 3 && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            // U+2000…U+200A, U+2028, U+2029, U+202F; U+205F.
            if second == 0x80 { return third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            // U+3000.
            return remaining >= 3 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// The ranges of `bytes` within `window` that lie between white space: its words.
    public static func words(in bytes: [UInt8], within window: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var index = window.lowerBound
        var wordStart: Int? = nil
        while index < window.upperBound {
            let space = length(at: index, in: bytes)
            if space > 0 {
                if let start = wordStart { words.append(start..<index) }
                wordStart = nil
                index += space
            } else {
                if wordStart == nil { wordStart = index }
                index += 1
            }
        }
        if let start = wordStart { words.append(start..<min(index, window.upperBound)) }
        return words
    }

    /// Whether `bytes` within `range` are all white space (or empty).
    public static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let space = length(at: index, in: bytes)
            if space == 0 { return false }
            index += space
        }
        return true
    }
}
