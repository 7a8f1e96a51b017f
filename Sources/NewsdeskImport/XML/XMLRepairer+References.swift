import NewsdeskCore

extension XMLRepairer {
    /// XML's five predefined entities: the only names a reference may use in a file without a DTD.
    private static let predefined: Set<[UInt8]> = Set(["amp", "lt", "gt", "quot", "apos"].map { Array($0.utf8) })

    /// Handles the `&` at `index` (in text or an attribute value); returns where to go on.
    mutating func reference(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let end = min(bytes.count, index + Self.lookahead)
        var next = index + 1
        if next < end && bytes[next] == UInt8(ascii: "#") {
            next += 1
            let isHex = next < end && bytes[next] == UInt8(ascii: "x")
            if isHex { next += 1 }
            let digits = next
            while next < end && Self.isDigit(bytes[next], hex: isHex) { next += 1 }
            // A character reference: the parser checks the character it names.
            if next > digits && next < end && bytes[next] == UInt8(ascii: ";") { return next + 1 }
        } else if next < end && XMLRepairTag.isNameStart(bytes[next]) {
            while next < end && XMLRepairTag.isName(bytes[next]) { next += 1 }
            if next < end && bytes[next] == UInt8(ascii: ";") {
                let name = Array(UnsafeRawBufferPointer(rebasing: bytes[(index + 1)..<next]))
                named(name, range: index..<(next + 1), in: bytes)
                return next + 1
            }
        }
        let (line, column) = position(index)
        log.record(.bareAmpersand, line: line, column: column, "a bare & was read as &amp;")
        replace(index..<(index + 1), in: bytes, with: "&amp;")
        return index + 1
    }

    /// `&name;`: kept if XML defines it, the character if HTML does, else its text.
    private mutating func named(_ name: [UInt8], range: Range<Int>, in bytes: UnsafeRawBufferPointer) {
        guard !Self.predefined.contains(name) else { return }
        let reference = "&" + String(decoding: name, as: UTF8.self) + ";"
        let decoded = HTMLCharacterReferences.decode(reference)
        let (line, column) = position(range.lowerBound)
        if decoded != reference {
            let scalars = decoded.unicodeScalars.map { "U+" + Self.fourHexDigits($0.value) }
            log.record(
                .htmlEntity, line: line, column: column,
                "the HTML entity \(reference) was read as the character it names (\(scalars.joined(separator: " ")))")
            let numeric = decoded.unicodeScalars.map { "&#x" + String($0.value, radix: 16, uppercase: true) + ";" }
            replace(range, in: bytes, with: numeric.joined())
        } else {
            log.record(
                .unknownEntity, line: line, column: column,
                "\(reference) is an entity neither XML nor HTML defines; read as the text \(reference)")
            replace(range.lowerBound..<(range.lowerBound + 1), in: bytes, with: "&amp;")
        }
    }

    /// At least four upper-case hex digits, as in U+00E9.
    private static func fourHexDigits(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): hex
        default: false
        }
    }
}
