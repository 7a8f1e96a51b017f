/// Bytes and byte questions for code that scans UTF-8 (the sanitisers, search passages): what it looks for is
/// ASCII, and the few questions about other characters (whitespace, a letter, a control?) decode just that one.
enum UTF8Bytes {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let ampersand = UInt8(ascii: "&")
    static let lessThan = UInt8(ascii: "<")
    static let greaterThan = UInt8(ascii: ">")
    static let slash = UInt8(ascii: "/")
    static let equals = UInt8(ascii: "=")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let doubleQuote = UInt8(ascii: "\"")
    static let singleQuote = UInt8(ascii: "'")

    // Comparisons rather than `ClosedRange.contains`: these run for every byte, and debug builds do not
    // inline the generic range code.
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    static func isASCIIUppercase(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    /// HTML's whitespace between attributes: tab, line feed, form feed, space.
    static func isHTMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C
    }

    /// A tag or attribute name, lowercased as HTML does it: ASCII only. Names longer than `blockquote`
    /// come out empty: none of them is allowed, so they need no work.
    static func asciiLowercased(_ name: ArraySlice<UInt8>) -> String {
        guard name.count <= 10 else { return "" }
        var lowercased: [UInt8] = []
        for byte in name {
            lowercased.append(isASCIIUppercase(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: lowercased, as: UTF8.self)
    }

    /// The length of the control character (C0, DEL or C1; tab and newline included) at `index`, or 0.
    static func controlLength(in bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return 1 }
        // C1 controls, U+0080 to U+009F, are encoded C2 80 to C2 9F.
        if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] <= 0x9F { return 2 }
        return 0
    }

    /// The character whose encoding starts at `index` (valid UTF-8 is assumed: it comes from a `String`).
    static func scalar(in bytes: [UInt8], at index: Int) -> Unicode.Scalar {
        let lead = bytes[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        var offset = 1
        while offset < length && index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The character that ends just before `index`.
    static func scalar(in bytes: [UInt8], before index: Int) -> Unicode.Scalar {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 {
            start -= 1
        }
        return scalar(in: bytes, at: start)
    }

    static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x1_0000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
