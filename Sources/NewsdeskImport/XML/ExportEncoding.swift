/// The encodings an export is read in. Blogger and WordPress write UTF-8; UTF-16 and the two Western
/// single-byte encodings are what an export re-saved by an editor on another system ends up in. Every
/// other encoding is refused before parsing: the prolog check reads ASCII markup, and a file in an
/// encoding it cannot read (EBCDIC, UTF-7) could carry declarations past it to a parser that can.
enum ExportEncoding: Equatable {
    case utf8
    case utf16LittleEndian
    case utf16BigEndian
    /// Windows-1252, which ISO-8859-1 files are read as too: their bytes 0x80–0x9F are, in practice,
    /// Windows-1252's curly quotes and dashes, never ISO-8859-1's control characters.
    case windows1252

    /// What the start of a file says: its encoding and the length of its byte-order mark.
    struct Detected: Equatable {
        var encoding: ExportEncoding
        var byteOrderMarkLength: Int
        /// Whether the bytes are UTF-8 that may go to the parser as they are (no declaration to rewrite).
        var isParserReady: Bool
    }

    /// How many bytes of a file's start `detect` looks at (its XML declaration ends within them).
    static let headLength = 1024

    /// The encoding of the file that starts with `head`, or a refusal naming what it is written in.
    static func detect(_ head: [UInt8]) throws -> Detected {
        let (family, markLength) = try family(of: head)
        let characters = asciiCharacters(of: head, in: family, from: markLength)
        let declaration = XMLDeclaration.read(characters)
        if declaration == nil, XMLDeclaration.isOpened(characters) {
            // The parser would go on reading it past where the checks stopped, and might find an encoding there.
            throw XMLPosition.start.error(
                "refused: the XML declaration at the start of the file (<?xml …?>) is not well-formed, or does not "
                    + "end within the file's first \(headLength) bytes")
        }
        guard let declared = declaration?.encoding else {
            return Detected(encoding: family, byteOrderMarkLength: markLength, isParserReady: family == .utf8)
        }
        let position = declaration?.encodingPosition ?? .start
        guard let named = named(declared) else {
            throw position.error(
                "refused: the file declares the encoding \"\(declared)\"; an export is read only in UTF-8, UTF-16, "
                    + "ISO-8859-1 or Windows-1252 (save it as UTF-8 and import it again)")
        }
        switch (family, named) {
        case (.utf8, _) where markLength > 0:
            // The byte-order mark says UTF-8 whatever the declaration claims (as the parser would read it).
            return Detected(
                encoding: .utf8, byteOrderMarkLength: markLength, isParserReady: declared.lowercased() == "utf-8")
        case (.utf8, .utf16LittleEndian), (.utf8, .utf16BigEndian):
            throw position.error(
                "refused: the file declares the encoding \"\(declared)\", but it is not written in UTF-16 "
                    + "(it has no byte-order mark and no UTF-16 characters)")
        case (.utf8, _):
            // Only the name itself goes to the parser as written: libxml2 looks any other name up (and crashed
            // on "UTF8-"), so a near miss such as "utf8" is rewritten to "UTF-8" like every other encoding.
            return Detected(
                encoding: named, byteOrderMarkLength: 0, isParserReady: declared.lowercased() == "utf-8")
        default:
            // UTF-16, known by its byte-order mark or its zero bytes: the declaration only needs to be a
            // name we know, since it is rewritten.
            return Detected(encoding: family, byteOrderMarkLength: markLength, isParserReady: false)
        }
    }

    /// The encoding family the first bytes show (UTF-8 standing for every ASCII-compatible encoding), and
    /// the length of the byte-order mark; refuses the families no export is written in.
    private static func family(of head: [UInt8]) throws -> (ExportEncoding, Int) {
        func starts(_ prefix: [UInt8]) -> Bool { head.starts(with: prefix) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00]) || starts([0x00, 0x00, 0x00, 0x3C])
            || starts([0x3C, 0x00, 0x00, 0x00])
        {
            throw XMLPosition.start.error(
                "refused: the file is written in UTF-32; an export is read only in UTF-8, UTF-16, ISO-8859-1 "
                    + "or Windows-1252 (save it as UTF-8 and import it again)")
        }
        if starts([0x4C, 0x6F, 0xA7, 0x94]) {
            let declared = EBCDIC.declaredEncoding(head).map { " (it declares \"\($0)\")" } ?? ""
            throw XMLPosition.start.error(
                "refused: the file is written in EBCDIC\(declared), an IBM mainframe encoding no export uses; "
                    + "an export is read only in UTF-8, UTF-16, ISO-8859-1 or Windows-1252")
        }
        if starts([0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if starts([0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if starts([0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        if head.count >= 2 && head[0] != 0 && head[1] == 0 { return (.utf16LittleEndian, 0) }
        if head.count >= 2 && head[0] == 0 && head[1] != 0 { return (.utf16BigEndian, 0) }
        return (.utf8, 0)
    }

    /// The characters of `head` after the byte-order mark, ASCII as itself and anything else as 0xFF.
    private static func asciiCharacters(of head: [UInt8], in family: ExportEncoding, from start: Int) -> [UInt8] {
        let bytes = head.dropFirst(start)
        switch family {
        case .utf16LittleEndian, .utf16BigEndian:
            let low = family == .utf16LittleEndian ? 0 : 1
            return stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index in
                let (ascii, high) = (bytes[index + low], bytes[index + 1 - low])
                return high == 0 && ascii < 0x80 ? ascii : 0xFF
            }
        case .utf8, .windows1252:
            return bytes.map { $0 < 0x80 ? $0 : 0xFF }
        }
    }

    /// The encoding a declared name stands for, if it is one we read.
    private static func named(_ name: String) -> ExportEncoding? {
        let folded = String(name.uppercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
        switch folded {
        case "UTF8", "USASCII", "ASCII": return .utf8
        case "UTF16", "UTF16LE": return .utf16LittleEndian
        case "UTF16BE": return .utf16BigEndian
        case "ISO88591", "LATIN1", "L1", "ISOLATIN1", "CP819", "WINDOWS1252", "CP1252", "XCP1252": return .windows1252
        default: return nil
        }
    }
}
