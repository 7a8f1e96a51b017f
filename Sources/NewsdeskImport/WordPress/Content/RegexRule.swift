import Foundation

/// One of the PHP `preg_replace` steps of WordPress's formatting functions, compiled once. PCRE and ICU agree
/// on everything the ported patterns use (classes, lazy and possessive quantifiers, look-behind, `$1`).
struct RegexRule: Sendable {
    let regex: NSRegularExpression
    let template: String

    init(_ pattern: String, _ template: String, options: NSRegularExpression.Options = []) {
        // The patterns are constants: a typo is a programming error the tests catch at once.
        regex = try! NSRegularExpression(pattern: pattern, options: options)
        self.template = template
    }

    func apply(_ text: String) -> String {
        let whole = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, range: whole, withTemplate: template)
    }

    /// Whether the pattern matches anywhere in `text`.
    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
