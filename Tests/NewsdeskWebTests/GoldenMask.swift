import Foundation

/// Replaces what differs between two responses for the same data (form tokens, the time the data was loaded)
/// with fixed words, so golden files compare what the code decides.
enum GoldenMask {
    /// The volatile values' patterns and their replacements, applied in order.
    static let rules: [(pattern: String, replacement: String)] = [
        (#"name="token" value="[^"]*""#, #"name="token" value="TOKEN""#)
    ]

    /// `text` with every rule applied.
    static func apply(to text: String) -> String {
        rules.reduce(text) { text, rule in
            text.replacingOccurrences(of: rule.pattern, with: rule.replacement, options: .regularExpression)
        }
    }
}
