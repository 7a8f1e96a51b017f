import Logging
import Testing

@testable import NewsdeskWeb

@Suite("Request log line fields")
struct RequestLogLineFieldTests {
    static func line(microseconds: Int) -> RequestLogLine {
        RequestLogLine(
            level: .info, method: "GET", path: "/", route: "/", status: 200, bytes: nil,
            microseconds: microseconds, client: "192.0.2.1", requestID: "abc")
    }

    @Test("the duration reads as the milliseconds' Double would: 0.004, 1.5, 12.0")
    func durationAsDouble() {
        var values = Array(0...20_000)
        values += stride(from: 20_000, to: 50_000_000, by: 7_919).map { $0 }
        values += [999_999_999, 1_000_000_000, 123_456_789_012]
        for microseconds in values {
            let expected = "\(Double(microseconds) / 1000)"
            #expect(Self.line(microseconds: microseconds).duration == expected, "\(microseconds)")
        }
    }

    @Test("fields sorted by key; the request id left to the logger's own metadata")
    func fields() {
        let line = RequestLogLine(
            level: .debug, method: "HEAD", path: "/healthz", route: "/healthz", status: 200, bytes: 2,
            microseconds: 1_500, client: "127.0.0.1", requestID: "id1")
        #expect(line.fields.map(\.0) == line.fields.map(\.0).sorted())
        #expect(line.fields.map(\.1) == ["2", "127.0.0.1", "1.5", "id1", "HEAD", "/healthz", "200"])
        #expect(line.message == "HEAD /healthz 200")
        #expect(line.metadata["hb.request.id"] == nil && line.metadata["duration_ms"] == "1.5")
    }
}
