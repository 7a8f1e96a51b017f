import NewsdeskCore
import Testing

/// As for comments: what is checked is that the work grows linearly with the input, so that no post, however
/// hostile its markup, makes the server spend quadratic time.
@Suite("Post HTML sanitiser: work grows linearly with input")
struct PostSanitizerPerformanceTests {
    private let sanitizer = PostSanitizer()

    /// Time for `input(count * 8)` over the time for `input(count)` (the fastest of five runs each, so that
    /// other work on a busy machine does not decide it): about 8 when linear, 64 when quadratic. The limit
    /// (40) leaves room for a busy machine without letting a quadratic path through.
    private func growth(count: Int, _ input: (Int) -> String) -> Double {
        let clock = ContinuousClock()
        let fastest = { (input: String) in
            (1...5).map { _ in clock.measure { _ = sanitizer.sanitize(input) } }.min()!
        }
        let (small, large) = (fastest(input(count)), fastest(input(count * 8)))
        print("post sanitize: \(input(1).prefix(12).debugDescription) ×\(count): \(small), ×\(count * 8): \(large)")
        return large / max(small, .microseconds(1))
    }

    private func growth(_ unit: String, count: Int) -> Double {
        growth(count: count) { String(repeating: unit, count: $0) }
    }

    @Test("an imported post: eight times the input, about eight times the work")
    func ordinaryPost() {
        let section = """
            <h2>Heading</h2><p>Text with <b>bold</b>, <a href="https://example.com/a?b=1&amp;c=2">a link</a> and \
            <img src="/a.png" alt="x" style="float:left" onclick="x()">.</p>
            <div class="separator"><iframe src="https://www.youtube.com/embed/x" width="560"></iframe></div>
            <table><tr><td>a<td>b</table><ul><li>one<li>two</ul><script>alert(1)</script><!-- c -->

            """
        #expect(growth(section, count: 40) < 40)
    }

    @Test(
        "hostile input: eight times the input, about eight times the work",
        arguments: [
            "<", "<a ", "<p>", "<li>", "</b>", "<div>", "<td>", "&#", "<object>", "<!--", "<a href=javascript:x>",
            "<span><b><i><em>", "</div></p></li>",
        ])
    func hostileInput(unit: String) {
        #expect(growth(unit, count: 12_500 / unit.utf8.count) < 40)
    }

    @Test("an attribute or comment left open to the end is linear too")
    func unclosedToTheEnd() {
        for opening in ["<b title=\"", "<!--", "<p", "<object>", "<a href=\"java"] {
            #expect(growth(count: 12_500) { opening + String(repeating: "x", count: $0) } < 40, "\(opening)")
        }
    }
}
