import NewsdeskCore
import Testing

@Suite("Comment HTML sanitiser: time for long input")
struct CommentSanitizerPerformanceTests {
    /// The fastest of `runs` sanitizations of `input`: the fastest, so that other tests running in parallel
    /// on a busy machine do not decide the result.
    private func fastestSanitizeTime(_ input: String, runs: Int) -> Duration {
        let clock = ContinuousClock()
        let fastest = (1...runs).map { _ in clock.measure { _ = CommentSanitizer.sanitize(input) } }.min()!
        print("sanitize: \(input.utf8.count) bytes starting \(input.prefix(12).debugDescription) in \(fastest)")
        return fastest
    }

    @Test("100 KB of comment takes less than 100 ms, even in a debug build")
    func longInput() {
        let paragraph = """
            Read <b>this</b> &amp; that at https://example.com/story?id=1. <i>Great</i> point, &quot;quoted&quot;
            <blockquote>earlier <a href="http://example.org/" title="t">a link</a> &#8212; said</blockquote>
            <script>alert(document.cookie)</script> <img src=x onerror=alert(1)> www.example.net/x, fine.

            """
        let input = String(repeating: paragraph, count: 100_000 / paragraph.utf8.count + 1)
        #expect(input.utf8.count >= 100_000)
        #expect(fastestSanitizeTime(input, runs: 5) < .milliseconds(100))
    }

    @Test("100 KB of each kind of hostile input takes linear time, not quadratic")
    func hostileLongInput() {
        let inputs = [
            String(repeating: "<", count: 100_000), String(repeating: "<a ", count: 34_000),
            String(repeating: "<b>", count: 34_000), String(repeating: "</i>", count: 25_000),
            String(repeating: "&#", count: 50_000), String(repeating: "http://", count: 15_000),
            String(repeating: "www.a(", count: 17_000), String(repeating: "<a href=http://a>", count: 6_000),
            "<b title=\"" + String(repeating: "x", count: 100_000),
        ]
        for input in inputs {
            #expect(input.utf8.count >= 100_000)
            // About 50 ms each on a quiet machine; a quadratic path would take seconds.
            #expect(fastestSanitizeTime(input, runs: 3) < .milliseconds(500), "\(input.prefix(30))...")
        }
    }
}
