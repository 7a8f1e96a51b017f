import Foundation

/// A shortcode's attributes as WordPress's `shortcode_parse_atts()` reads them: `name="v"`, `name='v'`,
/// `name=v` (names lower-cased), and positional values (`"v"`, `'v'`, `v`) in order.
struct ShortcodeAttributes: Equatable {
    var named: [String: String] = [:]
    var positional: [String] = []

    /// WordPress's `get_shortcode_atts_regex()`.
    private static let pattern = try! NSRegularExpression(
        pattern: #"([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)"#
            + #"|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)"#)
    /// An attribute value with an unclosed HTML element is rejected, as WordPress does.
    private static let balanced = try! NSRegularExpression(pattern: #"^[^<]*+(?:<[^>]*+>[^<]*+)*+$"#)

    init(named: [String: String] = [:], positional: [String] = []) {
        self.named = named
        self.positional = positional
    }

    init(parsing source: String) {
        let text = source.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{200B}", with: " ")
        let whole = NSRange(text.startIndex..., in: text)
        for match in Self.pattern.matches(in: text, range: whole) {
            func group(_ number: Int) -> String? {
                Range(match.range(at: number), in: text).map { String(text[$0]) }
            }
            if let name = group(1), !name.isEmpty {
                named[name.lowercased()] = Self.clean(group(2) ?? "")
            } else if let name = group(3), !name.isEmpty {
                named[name.lowercased()] = Self.clean(group(4) ?? "")
            } else if let name = group(5), !name.isEmpty {
                named[name.lowercased()] = Self.clean(group(6) ?? "")
            } else if let value = group(7) ?? group(8) ?? group(9) {
                positional.append(Self.clean(value))
            }
        }
    }

    subscript(name: String) -> String? {
        named[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// PHP's `stripcslashes` (the escapes posts use) and the unclosed-element check.
    private static func clean(_ value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        guard result.contains("<") else { return result }
        let whole = NSRange(result.startIndex..., in: result)
        return balanced.firstMatch(in: result, range: whole) == nil ? "" : result
    }
}
