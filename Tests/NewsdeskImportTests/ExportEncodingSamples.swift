import Foundation

/// Small exports written in the encodings an import meets, built here byte by byte: accepted ones (UTF-16,
/// ISO-8859-1, Windows-1252) and hostile ones (EBCDIC, UTF-7) that try to carry a DOCTYPE past the check.
enum ExportEncodingSamples {
    /// A title with accents, curly quotes and a dash: every byte 0x80–0xFF class a Western file has.
    static let title = "Café “naïve” — déjà vu"

    /// A one-post WordPress export declaring `encoding` (none when nil), with `doctype` before the root.
    static func wordpress(encoding: String?, doctype: String = "", title: String = title) -> String {
        let declaration = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? "<?xml version=\"1.0\"?>"
        return """
            \(declaration)
            \(doctype)<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
            <wp:wxr_version>1.2</wp:wxr_version>
            <item><title>\(title)</title><wp:post_id>1</wp:post_id></item></channel></rss>
            """
    }

    /// `text` in Windows-1252 (which ISO-8859-1 files are, in practice): the curly quotes and dash at
    /// 0x93, 0x94 and 0x97.
    static func windows1252(_ text: String) -> Data {
        let high: [Unicode.Scalar: UInt8] = ["“": 0x93, "”": 0x94, "—": 0x97, "’": 0x92, "€": 0x80]
        return Data(
            text.unicodeScalars.map { scalar in
                if let byte = high[scalar] { return byte }
                precondition(scalar.value < 0x100 && !(0x80...0x9F).contains(scalar.value), "not in Windows-1252")
                return UInt8(scalar.value)
            })
    }

    /// `text` in UTF-16 with its byte-order mark.
    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (low, high) = (UInt8(unit & 0xFF), UInt8(unit >> 8))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return Data(bytes)
    }

    /// ASCII `text` in EBCDIC code page 037 (as Python's `cp037` codec writes it).
    static func ebcdic(_ text: String) -> Data {
        Data(
            text.utf8.map { byte in
                precondition(byte < 0x80, "ASCII only")
                return cp037[Int(byte)]
            })
    }

    private static let cp037: [UInt8] = [
        0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x25, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F,
        0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F, 0x3F,
        0x40, 0x5A, 0x7F, 0x7B, 0x5B, 0x6C, 0x50, 0x7D, 0x4D, 0x5D, 0x5C, 0x4E, 0x6B, 0x60, 0x4B, 0x61,
        0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x5E, 0x4C, 0x7E, 0x6E, 0x6F,
        0x7C, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6,
        0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xBA, 0xE0, 0xBB, 0xB0, 0x6D,
        0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
        0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xC0, 0x4F, 0xD0, 0xA1, 0x3F,
    ]

    /// `data` written to a new temporary file, removed when `body` returns.
    static func withFile<Result>(_ data: Data, _ body: (URL) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("encoding-\(UUID().uuidString).xml")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }
}
