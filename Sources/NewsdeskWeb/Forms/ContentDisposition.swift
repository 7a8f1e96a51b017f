import Foundation

/// A form part's `Content-Disposition` header (RFC 7578 §4.2, RFC 6266): the field's name and, for a file,
/// its name on the sender's computer.
///
/// Parameters are read as RFC 9110 tokens or quoted strings, so a `;` or `=` inside quotes is part of the value
/// (`filename="a;b.png"`); `filename*=UTF-8''…` (RFC 8187) wins over `filename` when both are sent.
struct ContentDisposition: Equatable, Sendable {
    /// The form field's name.
    let name: String
    /// The file's name, for a file part.
    let filename: String?

    /// Reads the header's value; `nil` when it is not `form-data` with a name.
    init?(_ value: String) {
        var scanner = ParameterScanner(Array(value.utf8))
        guard scanner.token()?.lowercased() == "form-data" else { return nil }
        var parameters: [String: String] = [:]
        while scanner.skip(";") {
            guard let key = scanner.token()?.lowercased(), scanner.skip("="), let value = scanner.value() else {
                return nil
            }
            if parameters[key] == nil { parameters[key] = value }
        }
        guard scanner.atEnd, let name = parameters["name"] else { return nil }
        self.name = name
        filename = parameters["filename*"].flatMap(Self.extendedValue) ?? parameters["filename"]
    }

    /// An RFC 8187 value, `UTF-8'language'percent-encoded`; other charsets are not read.
    static func extendedValue(_ text: String) -> String? {
        let parts = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "utf-8" else { return nil }
        return String(parts[2]).removingPercentEncoding
    }
}

/// Reads `token`, `"quoted string"` and separators from a header value, skipping blanks between them.
private struct ParameterScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool {
        mutating get {
            skipBlanks()
            return index == bytes.count
        }
    }

    /// Consumes `character` if it comes next.
    mutating func skip(_ character: Character) -> Bool {
        skipBlanks()
        guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
        index += 1
        return true
    }

    /// A run of token characters (RFC 9110 `tchar`, which includes `*` for `filename*`).
    mutating func token() -> String? {
        skipBlanks()
        let start = index
        while index < bytes.count, HTTPToken.isTokenCharacter(bytes[index]) { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// A token or a quoted string, its escapes undone. Browsers send file names in UTF-8 inside quotes, so any
    /// byte but a quote, a backslash or a control character is taken.
    mutating func value() -> String? {
        skipBlanks()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return token() }
        index += 1
        var value: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                value.append(bytes[index])
                index += 1
            case 0..<0x20 where byte != 0x09, 0x7f: return nil
            default: value.append(byte)
            }
        }
        return nil
    }

    private mutating func skipBlanks() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }

}
