import Foundation
import Testing

/// Request lines as the server writes them, whichever path answered (the bytes before the decoder, the hit
/// handler after it, the router): the layout swift-log's `StreamLogHandler` uses in text, and one flat object in
/// JSON, with the same fields in the same order.
@Suite("Request log lines")
struct RequestLogLineTests {
    static let post = CacheHitHandlerTests.post

    /// The requests: a hit read from the bytes, one the router answers, a 404, and a hit after the decoder.
    static func makeRequests(port: Int) async throws -> [String] {
        let host = "Host: 127.0.0.1\r\n"
        let socket = try RawSocket(to: "127.0.0.1", port: port)
        #expect(
            socket.send(
                "GET \(post)?utm=x HTTP/1.1\r\n\(host)\r\n" + "GET /search?q=gates HTTP/1.1\r\n\(host)\r\n"
                    + "GET /no-such-page HTTP/1.1\r\n\(host)\r\n"
                    + "GET \(post) HTTP/1.1\r\n\(host)Connection: close\r\n\r\n"))
        let text = String(decoding: await socket.readToEnd(timeout: .seconds(20)) ?? [], as: UTF8.self)
        return CacheHitHandlerTests.heads(in: text).compactMap { $0.fields["x-request-id"] }
    }

    @Test("text: time, level, label, the fields sorted by key, the source and the message, on one line each")
    func text() async throws {
        let directory = try ServerProcess.scratchDirectory("newsdesk-lines")
        defer { ServerProcess.removeScratchDirectory(directory) }
        let server = try await ServerProcess(
            arguments: ["--demo", "--database", directory.appendingPathComponent("l.sqlite").path],
            directory: directory)
        defer { server.stop() }
        let ids = try await Self.makeRequests(port: server.port)
        try #require(ids.count == 4)
        let log = await server.log(holding: ids[3])
        let expected = [
            ("GET", "/{year}/{month}/{file}", "200", Self.post),
            ("GET", "/search", "200", "/search"),
            ("GET", "/{year}", "404", "/no-such-page"),  // the year route, which finds no such year
            ("GET", "/{year}/{month}/{file}", "200", Self.post),
        ]
        for (id, (method, route, status, path)) in zip(ids, expected) {
            let line = try #require(log.split(separator: "\n").first { $0.contains("hb.request.id=\(id) ") })
            let pattern =
                #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4} info newsdesk: bytes=\d+ client=127\.0\.0\.1 "#
                + #"duration_ms=\d+(\.\d+)?(e-\d+)? hb\.request\.id=[0-9a-f]+ method=\#(method) "#
                + "route=\(NSRegularExpression.escapedPattern(for: route)) status=\(status) "
                + "\\[NewsdeskWeb\\] \(method) \(NSRegularExpression.escapedPattern(for: path)) \(status)$"
            #expect(String(line).range(of: pattern, options: .regularExpression) != nil, "\(line)")
        }
    }

    @Test("json: the five fixed keys, then the fields sorted by key, all strings")
    func json() async throws {
        let directory = try ServerProcess.scratchDirectory("newsdesk-lines-json")
        defer { ServerProcess.removeScratchDirectory(directory) }
        let server = try await ServerProcess(
            arguments: [
                "--demo", "--database", directory.appendingPathComponent("l.sqlite").path, "--log-format", "json",
            ],
            directory: directory)
        defer { server.stop() }
        let ids = try await Self.makeRequests(port: server.port)
        try #require(ids.count == 4)
        let log = await server.log(holding: ids[3])
        for id in ids {
            let line = try #require(log.split(separator: "\n").first { $0.contains("\"hb.request.id\":\"\(id)\"") })
            let keys = try #require(Self.keys(in: String(line)))
            #expect(
                keys == [
                    "time", "level", "label", "source", "message", "bytes", "client", "duration_ms", "hb.request.id",
                    "method", "route", "status",
                ], "\(line)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            #expect(object.values.allSatisfy { $0 is String }, "\(line)")
            #expect(object["source"] as? String == "NewsdeskWeb" && object["level"] as? String == "info")
        }
    }

    /// The keys of a flat JSON object of strings, in the order written.
    static func keys(in line: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: #""([^"\\]*)":"(?:[^"\\]|\\.)*""#) else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        return regex.matches(in: line, range: range).compactMap { match in
            Range(match.range(at: 1), in: line).map { String(line[$0]) }
        }
    }
}
