/// Just enough of EBCDIC (code page 037 and its kin, which agree on these) to read the encoding an EBCDIC
/// XML declaration names, so a refusal can say which it is.
enum EBCDIC {
    /// The encoding named in the declaration at the start of `head`, if it can be read.
    static func declaredEncoding(_ head: [UInt8]) -> String? {
        let characters = head.prefix(ExportEncoding.headLength).map(ascii)
        return XMLDeclaration.read(characters)?.encoding
    }

    /// The ASCII character an EBCDIC byte stands for, among those a declaration uses; 0xFF for the rest.
    private static func ascii(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x81...0x89: UInt8(ascii: "a") + (byte - 0x81)
        case 0x91...0x99: UInt8(ascii: "j") + (byte - 0x91)
        case 0xA2...0xA9: UInt8(ascii: "s") + (byte - 0xA2)
        case 0xC1...0xC9: UInt8(ascii: "A") + (byte - 0xC1)
        case 0xD1...0xD9: UInt8(ascii: "J") + (byte - 0xD1)
        case 0xE2...0xE9: UInt8(ascii: "S") + (byte - 0xE2)
        case 0xF0...0xF9: UInt8(ascii: "0") + (byte - 0xF0)
        case 0x40: UInt8(ascii: " ")
        case 0x4B: UInt8(ascii: ".")
        case 0x4C: UInt8(ascii: "<")
        case 0x60: UInt8(ascii: "-")
        case 0x6D: UInt8(ascii: "_")
        case 0x6E: UInt8(ascii: ">")
        case 0x6F: UInt8(ascii: "?")
        case 0x7D: UInt8(ascii: "'")
        case 0x7E: UInt8(ascii: "=")
        case 0x7F: UInt8(ascii: "\"")
        case 0x25, 0x15: 0x0A
        default: 0xFF
        }
    }
}
