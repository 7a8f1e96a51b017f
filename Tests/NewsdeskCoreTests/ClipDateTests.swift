import Foundation
import NewsdeskCore
import Testing

@Suite("Clip publication times")
struct ClipDateTests {
    private func published(_ meta: String, html: String = "") throws -> Date? {
        let page = "<meta property=\"article:published_time\" content=\"\(meta)\">" + html
        return ClipMetadataExtractor.extract(html: page, pageURL: try #require(URL(string: "https://a.example/")))
            .publishedAt
    }

    @Test(
        "ISO 8601 with fractions, offsets, and the looser forms pages write",
        arguments: [
            ("2024-05-01T10:00:00Z", 1_714_557_600.0),
            ("2024-05-01T10:00:00.5Z", 1_714_557_600.5),
            ("2024-05-01T10:00:00.123456-05:00", 1_714_575_600.123456),
            ("2024-05-01T12:00:00+02:00", 1_714_557_600),
            ("2024-05-01T12:00:00+0200", 1_714_557_600),
            ("2024-05-01T12:00+02", 1_714_557_600),
            ("2024-05-01 10:00:00", 1_714_557_600),
            ("2024-05-01", 1_714_521_600),
            (" 2024-05-01T10:00:00z ", 1_714_557_600),
        ])
    func parses(text: String, seconds: Double) throws {
        let date = try #require(try published(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_01)
    }

    @Test(
        "what is not ISO 8601 gives no time",
        arguments: [
            "", "May 1, 2024", "2024-13-01T00:00:00Z", "2024-05-01T25:00:00Z", "2024-05-01T10:00:00+25:00",
            "2024-05-01T10:00:00 GMT", "2024/05/01", "20240501", "2024-05-01T10",
        ])
    func refuses(text: String) throws {
        #expect(try published(text) == nil)
    }

    @Test("JSON-LD's datePublished stands in when the meta tag is missing or unreadable")
    func jsonLD() throws {
        let script = #"<script type="application/ld+json">{"datePublished" : "2024-05-01T10:00:00Z"}</script>"#
        #expect(try published("yesterday", html: script) == Date(timeIntervalSince1970: 1_714_557_600))
    }
}
