import NewsdeskCore
import Testing

/// Speed itself is measured outside unit tests; what is checked here is that the work grows linearly with
/// the input, so a hostile comment cannot make the server spend quadratic time (a denial of service).
@Suite("Comment HTML sanitiser: work grows linearly with input")
struct CommentSanitizerPerformanceTests {
    /// The fastest of `runs` sanitizations of `input`: the fastest, so that other work on a busy machine does not
    /// decide the result.
    private func fastestSanitizeTime(_ input: String, runs: Int) -> Duration {
        let clock = ContinuousClock()
        return (1...runs).map { _ in clock.measure { _ = CommentSanitizer.sanitize(input) } }.min()!
    }

    /// Time for eight times the input over time for the input: about 8 when linear, 64 when quadratic.
    /// The limit below (40) leaves room for a busy machine without letting a quadratic path through.
    private func growth(_ unit: String, count: Int) -> Double {
        let small = fastestSanitizeTime(String(repeating: unit, count: count), runs: 5)
        let large = fastestSanitizeTime(String(repeating: unit, count: count * 8), runs: 5)
        print("sanitize: \(unit.prefix(12).debugDescription) ×\(count): \(small), ×\(count * 8): \(large)")
        return large / max(small, .microseconds(1))
    }

    @Test("ordinary comment text: eight times the input, about eight times the work")
    func ordinaryText() {
        let paragraph = """
            Read <b>this</b> &amp; that at https://example.com/story?id=1. <i>Great</i> point, &quot;quoted&quot;
            <blockquote>earlier <a href="http://example.org/" title="t">a link</a> &#8212; said</blockquote>
            <script>alert(document.cookie)</script> <img src=x onerror=alert(1)> www.example.net/x, fine.

            """
        #expect(growth(paragraph, count: 40) < 40)
    }

    @Test(
        "hostile input: eight times the input, about eight times the work",
        arguments: ["<", "<a ", "<b>", "</i>", "&#", "http://", "www.a(", "<a href=http://a>"])
    func hostileInput(unit: String) {
        #expect(growth(unit, count: 12_500 / unit.utf8.count) < 40)
    }

    @Test("an unclosed attribute running to the end is linear too")
    func unclosedAttribute() {
        let small = fastestSanitizeTime("<b title=\"" + String(repeating: "x", count: 12_500), runs: 5)
        let large = fastestSanitizeTime("<b title=\"" + String(repeating: "x", count: 100_000), runs: 5)
        #expect(large / max(small, .microseconds(1)) < 40)
    }
}
