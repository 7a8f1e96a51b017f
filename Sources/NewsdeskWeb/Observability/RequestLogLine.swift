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
    /// `GET /2011/01/post.html 200`.
    public let message: String
    /// `bytes`, `client`, `duration_ms`, `hb.request.id`, `method`, `route`, `status`: sorted by key.
    public let fields: [(String, String)]
    /// Where in the code the line comes from, as swift-log names it.
    public static let source = "NewsdeskWeb"

    init(
        level: Logger.Level, method: String, path: String, route: String, status: Int, bytes: Int?,
        milliseconds: Double, client: String, requestID: String
    ) {
        self.level = level
        message = method + " " + path + " " + String(status)
        fields = [
            ("bytes", bytes.map { String($0) } ?? "-"), ("client", client), ("duration_ms", "\(milliseconds)"),
            ("hb.request.id", requestID), ("method", method), ("route", route), ("status", String(status)),
        ]
    }

    /// The fields but the request id, which swift-log carries in the logger's own metadata.
    var metadata: Logger.Metadata {
        var metadata: Logger.Metadata = [:]
        for (key, value) in fields where key != "hb.request.id" { metadata[key] = .string(value) }
        return metadata
    }
}
