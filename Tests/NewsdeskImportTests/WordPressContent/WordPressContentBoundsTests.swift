import Foundation
import Testing

@testable import NewsdeskImport

/// A 1 MB post shaped to make naive regular expressions and shortcode searches quadratic.
@Suite("WordPress content: hostile 1 MB posts stay fast")
struct WordPressContentBoundsTests {
    static let size = 1 << 20

    static func repeated(_ unit: String) -> String {
        String(repeating: unit, count: size / unit.utf8.count)
    }

    @Test(
        "each shape converts in well under a few seconds",
        arguments: [
            "[caption ", "[gallery", "[embed]x", "[[a", " ", " \n", "\n\n", "<p>", "<br />", "<script ", "<svg>x",
            "<pre>", "</pre>", "<option ", "<li", "<!--", "[contact-form-7 a=1 ", "a]", "<div>x\n", "<p><li",
        ])
    func hostile(unit: String) {
        let body = Self.repeated(unit) + "</object><source>"
        let clock = ContinuousClock()
        var content = WordPressContent(postID: "1", title: "Hostile") { nil }
        var html = ""
        let elapsed = clock.measure { html = content.convert(body) }
        #expect(!html.isEmpty || unit.allSatisfy(\.isWhitespace))
        #expect(elapsed < .seconds(20), "\(unit.debugDescription): \(elapsed)")
        if unit == "<li" {
            #expect(
                content.notes == ["post 'Hostile' kept without paragraphs: too many unclosed tags to convert safely"])
        }
    }
}
