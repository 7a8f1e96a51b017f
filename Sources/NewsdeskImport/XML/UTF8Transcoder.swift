/// Turns an export in one of the encodings we read into UTF-8, chunk by chunk (memory stays flat), dropping
/// the byte-order mark and rewriting the XML declaration to say UTF-8, so the parser reads exactly the text
/// the prolog check read. Line breaks are kept, so line numbers stay those of the original file.
struct UTF8Transcoder {
    private let encoding: ExportEncoding
    /// Bytes of the byte-order mark still to drop.
    private var markToDrop: Int
    /// The output's start, held until the XML declaration in it can be rewritten; nil once it has been.
    private var head: [UInt8]? = []
    /// A byte left over from the last chunk (half a UTF-16 code unit), and a high surrogate waiting for its
    /// low half.
    private var carry: [UInt8] = []
    private var highSurrogate: UInt16?
    private var line = 1
    private var column = 1

    init(_ detected: ExportEncoding.Detected) {
        encoding = detected.encoding
        markToDrop = detected.byteOrderMarkLength
    }

    /// The UTF-8 for the next chunk of the file (possibly none yet).
    mutating func feed(_ chunk: some Collection<UInt8>) throws -> [UInt8] {
        var bytes = carry + chunk
        carry = []
        let dropped = min(markToDrop, bytes.count)
        bytes.removeFirst(dropped)
        markToDrop -= dropped
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 2)
        switch encoding {
        case .utf8:
            output = bytes
        case .windows1252:
            for byte in bytes { Self.append(Windows1252.scalar(byte), to: &output) }
        case .utf16LittleEndian, .utf16BigEndian:
            try decodeUTF16(bytes, into: &output)
        }
        return releasing(output, isFinal: false)
    }

    /// The UTF-8 still held back at the end of the file.
    mutating func finish() throws -> [UInt8] {
        if !carry.isEmpty || highSurrogate != nil {
            throw XMLPosition(line: line, column: column).error(
                "the file is not valid UTF-16: it ends in the middle of a character (is it cut off?)")
        }
        return releasing([], isFinal: true)
    }

    private mutating func decodeUTF16(_ bytes: [UInt8], into output: inout [UInt8]) throws {
        let isLittleEndian = encoding == .utf16LittleEndian
        var index = 0
        while index + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            let unit = isLittleEndian ? first | second << 8 : first << 8 | second
            index += 2
            if let high = highSurrogate {
                guard (0xDC00...0xDFFF).contains(unit) else { throw loneSurrogate() }
                highSurrogate = nil
                let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                Self.append(Unicode.Scalar(value)!, to: &output)
            } else if (0xD800...0xDBFF).contains(unit) {
                highSurrogate = unit
            } else if let scalar = Unicode.Scalar(unit) {
                Self.append(scalar, to: &output)
            } else {
                throw loneSurrogate()
            }
            if unit == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        carry = Array(bytes[index...])
    }

    private func loneSurrogate() -> ImportError {
        XMLPosition(line: line, column: column).error(
            "the file is not valid UTF-16: half of a character (a lone surrogate) stands alone")
    }

    private static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        if scalar.value < 0x80 {
            output.append(UInt8(scalar.value))
        } else {
            output.append(contentsOf: String(Character(scalar)).utf8)
        }
    }

    /// `output`, or nothing while the start is held back: once enough is in hand for the declaration (or
    /// the file ends), the start goes out with its declaration saying UTF-8.
    private mutating func releasing(_ output: [UInt8], isFinal: Bool) -> [UInt8] {
        guard var start = head else { return output }
        start += output
        guard isFinal || start.count >= ExportEncoding.headLength else {
            head = start
            return []
        }
        head = nil
        let characters = start.prefix(ExportEncoding.headLength).map { $0 < 0x80 ? $0 : 0xFF }
        if let range = XMLDeclaration.read(characters)?.encodingRange {
            start.replaceSubrange(range, with: "UTF-8".utf8)
        }
        return start
    }
}
