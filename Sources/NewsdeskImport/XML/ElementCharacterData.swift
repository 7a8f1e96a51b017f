/// The character data of one element, with CDATA sections kept apart so that an element holding only
/// CDATA (and layout whitespace around it) gives exactly the CDATA's content.
struct ElementCharacterData: Sendable {
    /// Everything: text and CDATA, in order.
    private(set) var all = ""
    /// Only the CDATA sections, in order.
    private(set) var cdata = ""
    private(set) var hasCDATA = false
    /// Whether any text outside CDATA is more than whitespace.
    private(set) var hasTextOutsideCDATA = false

    mutating func append(text: String) {
        all += text
        if !hasTextOutsideCDATA && !text.utf8.allSatisfy(Self.isXMLSpace) {
            hasTextOutsideCDATA = true
        }
    }

    mutating func append(cdata: String) {
        all += cdata
        self.cdata += cdata
        hasCDATA = true
    }

    /// The content: the CDATA alone when everything else is indentation (`<x>\n  <![CDATA[…]]>\n</x>`),
    /// otherwise all of it exactly.
    var value: String {
        hasCDATA && !hasTextOutsideCDATA ? cdata : all
    }

    /// The content without surrounding whitespace, for ids, dates, names and flags.
    var trimmed: String {
        value.trimmingXMLSpace
    }

    /// XML's whitespace: space, tab, line feed, carriage return.
    static func isXMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
