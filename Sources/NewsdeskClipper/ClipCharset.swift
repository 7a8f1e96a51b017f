import Foundation
import NewsdeskCore

/// Turns a page's bytes into text: the charset from `Content-Type`, else from a `<meta>` in the first 1,024
/// bytes (where HTML requires it to be), else UTF-8, else Windows-1252 when the bytes are not UTF-8 (old
/// pages that declare nothing are nearly always Latin-1, which browsers read as Windows-1252).
enum ClipCharset {
    /// Labels browsers accept, mapped to what Foundation decodes; as in browsers, the Latin-1 labels mean
    /// Windows-1252, its superset.
    private static let encodings: [String: String.Encoding] = [
        "utf-8": .utf8, "utf8": .utf8, "unicode-1-1-utf-8": .utf8,
        "iso-8859-1": .windowsCP1252, "iso8859-1": .windowsCP1252, "latin1": .windowsCP1252, "l1": .windowsCP1252,
        "us-ascii": .windowsCP1252, "ascii": .windowsCP1252, "windows-1252": .windowsCP1252, "cp1252": .windowsCP1252,
        "iso-8859-2": .isoLatin2, "latin2": .isoLatin2, "windows-1250": .windowsCP1250,
        "windows-1251": .windowsCP1251, "windows-1253": .windowsCP1253, "windows-1254": .windowsCP1254,
        "shift_jis": .shiftJIS, "sjis": .shiftJIS, "euc-jp": .japaneseEUC, "iso-2022-jp": .iso2022JP,
        "macintosh": .macOSRoman,
    ]

    /// The text of `bytes`, served with the `Content-Type` header `contentType`.
    static func decode(_ bytes: [UInt8], contentType: String?) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        let label = contentType.flatMap(charset(in:)) ?? declaredCharset(in: bytes.prefix(1024))
        if let encoding = label.flatMap({ encodings[$0] }), encoding != .utf8,
            let text = String(bytes: bytes, encoding: encoding)
        {
            return text
        }
        if let text = String(bytes: bytes, encoding: .utf8) { return text }
        return String(bytes: bytes, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// The lower-cased `charset` parameter of a `Content-Type` value.
    static func charset(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            let value = parts[1].trimmingCharacters(in: CharacterSet.whitespaces.union(["\"", "'"])).lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The lower-cased media type of a `Content-Type` value, without parameters.
    static func mediaType(of contentType: String) -> String {
        String(contentType.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The charset a `<meta charset>` or `<meta http-equiv=content-type>` in `head` declares.
    private static func declaredCharset(in head: ArraySlice<UInt8>) -> String? {
        for token in HTMLTokenizer.tokens(String(decoding: head, as: UTF8.self)) {
            guard case .start("meta", let attributes, _) = token else { continue }
            if let charset = attributes["charset"]?.trimmingCharacters(in: .whitespaces), !charset.isEmpty {
                return charset.lowercased()
            }
            if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"] {
                return charset(in: content)
            }
        }
        return nil
    }
}
