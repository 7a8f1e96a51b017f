import Logging

/// One request's log line: its level, message and fields in the order a log line shows them (by key).
///
/// ``RequestObserver`` logs it through swift-log, or, when the server gives it a ``Writer``, hands it over as it
/// is: the server's own log handler then writes the same line without a metadata dictionary to build, merge and
/// sort for each request, which cost a third of a cached page's time (bench/pages: 35–42k requests/s with
/// request lines, 55–58k without, before).
public struct RequestLogLine: Sendable {
    /// Writes request lines for a server whose log handler can take them as they are.
    public typealias Writer = @Sendable (RequestLogLine) -> Void

    /// `info`, or `debug` for health probes.
    public let level: Logger.Level
    /// `GET`.
    public let method: String
    /// The path without the query string, which can carry what a log must not keep.
    public let path: String
    /// The route's pattern, `/{year}/{month}/{file}`.
    public let route: String
    public let status: Int
    /// The body's length; nil when unknown (an error the router did not answer).
    public let bytes: Int?
    /// The time taken, in microseconds: written as milliseconds with up to three decimals.
    public let microseconds: Int
    /// The client's address (after the trusted proxies).
    public let client: String
    public let requestID: String
    /// Where in the code the line comes from, as swift-log names it.
    public static let source = "NewsdeskWeb"

    /// `GET /2011/01/post.html 200`.
    public var message: String { method + " " + path + " " + String(status) }

    /// `0.004`, `1.5`, `12.0`: what `"\(Double(microseconds) / 1000)"` writes, made without a floating-point
    /// conversion for every request.
    public var duration: String {
        let whole = String(microseconds / 1000)
        var fraction = microseconds % 1000
        guard fraction != 0 else { return whole + ".0" }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let text = String(fraction)
        return whole + "." + String(repeating: "0", count: digits - text.count) + text
    }

    /// `bytes`, `client`, `duration_ms`, `hb.request.id`, `method`, `route`, `status`: sorted by key.
    public var fields: [(String, String)] {
        [
            ("bytes", bytes.map { String($0) } ?? "-"), ("client", client), ("duration_ms", duration),
            ("hb.request.id", requestID), ("method", method), ("route", route), ("status", String(status)),
        ]
    }

    init(
        level: Logger.Level, method: String, path: String, route: String, status: Int, bytes: Int?,
        microseconds: Int, client: String, requestID: String
    ) {
        (self.level, self.method, self.path, self.route, self.status) = (level, method, path, route, status)
        (self.bytes, self.microseconds, self.client, self.requestID) = (bytes, microseconds, client, requestID)
    }

    /// The fields but the request id, which swift-log carries in the logger's own metadata.
    var metadata: Logger.Metadata {
        var metadata: Logger.Metadata = [:]
        for (key, value) in fields where key != "hb.request.id" { metadata[key] = .string(value) }
        return metadata
    }
}
