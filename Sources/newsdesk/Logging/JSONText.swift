/// JSON string literals, written by hand: a log line is made for every request, and encoding a dictionary
/// through `JSONEncoder` costs several times more.
enum JSONText {
    /// `text` as a JSON string, quotes included: `"`, `\` and control characters escaped (RFC 8259).
    static func quoted(_ text: String) -> String {
        // Most values (ids, routes, numbers) need no escape: checking the bytes is far cheaper than appending
        // scalar by scalar (a JSON request line cost twice a text one, bench/logging).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
