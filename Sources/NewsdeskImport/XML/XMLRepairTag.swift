/// The tag the repair pass is in: its name, the prefixes it uses and declares, and where in it the pass is.
struct XMLRepairTag {
    /// Where in the tag.
    enum Phase: Equatable {
        case name
        case space
        case attributeName
        case afterAttributeName
        case beforeValue
        case value(quote: UInt8)
    }

    /// Names longer than this are not kept whole (they are no prefix the repair knows).
    static let longestName = 256

    var isEnd = false
    var phase = Phase.name
    var name: [UInt8] = []
    var namePosition = (line: 1, column: 1)
    var attribute: [UInt8] = []
    var attributePosition = (line: 1, column: 1)
    var value: [UInt8] = []
    /// Prefixes of the element and attribute names, with where each is.
    var uses: [(prefix: String, line: Int, column: Int)] = []
    /// `xmlns:p="…"` on this tag: p → the URI.
    var declarations: [String: String] = [:]
    var declaresDefault = false

    /// The part of a qualified name before its colon, or nil.
    static func prefix(of name: [UInt8]) -> String? {
        guard let colon = name.firstIndex(of: UInt8(ascii: ":")), colon > 0 else { return nil }
        return String(decoding: name[..<colon], as: UTF8.self)
    }

    /// Letters, `_`, `:` and any byte of a non-ASCII character: what can start an XML name.
    static func isNameStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"),
            UInt8(ascii: ":"), 0x80...0xFF:
            true
        default: false
        }
    }

    /// What can go on in an XML name.
    static func isName(_ byte: UInt8) -> Bool {
        isNameStart(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
