import Foundation
import Testing

/// Cache hits answered on the event loop (`CacheHitHandler`), over real TCP against the binary.
@Suite("Cache hits answered before the router")
struct CacheHitHandlerTests {
    static let post = "/2011/01/is-chinese-military-interested-in.html"

    /// A server on the demo blog whose post page is cached.
    static func withServer(_ test: (ServerProcess) async throws -> Void) async throws {
        let directory = try ServerProcess.scratchDirectory("newsdesk-hits")
        defer { ServerProcess.removeScratchDirectory(directory) }
        let database = directory.appendingPathComponent("hits.sqlite").path
        let server = try await ServerProcess(arguments: ["--demo", "--database", database], directory: directory)
        defer { server.stop() }
        _ = try await HTTP.get(server.baseURL + post)
        try await test(server)
    }

    /// The status lines of the responses in `text`, in order.
    static func statuses(in text: String) -> [String] {
        text.components(separatedBy: "HTTP/1.1 ").dropFirst().map { String($0.prefix(6)) }
    }

    @Test("pipelined requests are answered in order when a cache hit follows one the router answers")
    func pipelinedOrder() async throws {
        try await Self.withServer { server in
            let socket = try RawSocket(to: "127.0.0.1", port: server.port)
            let host = "Host: 127.0.0.1\r\n"
            let requests = [
                "GET \(Self.post) HTTP/1.1\r\n\(host)\r\n",  // a hit: answered at once
                "GET /search?q=gates HTTP/1.1\r\n\(host)\r\n",  // the router's
                "GET \(Self.post) HTTP/1.1\r\n\(host)\r\n",  // a hit behind it: must wait its turn
                "GET /healthz HTTP/1.1\r\n\(host)Connection: close\r\n\r\n",
            ]
            #expect(socket.send(requests.joined()))
            let text = String(decoding: await socket.readToEnd(timeout: .seconds(20)) ?? [], as: UTF8.self)
            #expect(Self.statuses(in: text).count == 4, "\(text.prefix(300))")
            let first = try #require(text.range(of: "<title>"))
            let titles = text[first.lowerBound...].components(separatedBy: "<title>").dropFirst().map {
                String($0.prefix(40))
            }
            #expect(titles.count == 3, "\(titles)")
            #expect(titles.first?.contains("Chinese Militar") == true, "\(titles)")
            #expect(titles.dropFirst().first?.contains("Search results for gat") == true, "\(titles)")
            #expect(titles.last?.contains("Chinese Militar") == true, "\(titles)")
            #expect(text.hasSuffix("\r\n\r\nok\n"), "the last answer was not the health probe's")
        }
    }

    @Test("hits on a kept-alive connection: HEAD sends the page's length and no body, If-None-Match gets 304")
    func headAndConditional() async throws {
        try await Self.withServer { server in
            let first = try await RawHTTPReply.exchange(
                "GET", Self.post, host: "127.0.0.1", port: server.port, from: "127.0.0.1")
            let etag = try #require(first.headers["etag"])
            let length = try #require(first.headers["content-length"])
            let socket = try RawSocket(to: "127.0.0.1", port: server.port)
            let host = "Host: 127.0.0.1\r\n"
            #expect(
                socket.send(
                    "GET \(Self.post) HTTP/1.1\r\n\(host)\r\n" + "HEAD \(Self.post) HTTP/1.1\r\n\(host)\r\n"
                        + "GET \(Self.post) HTTP/1.1\r\n\(host)If-None-Match: \(etag)\r\n\r\n"
                        + "GET /healthz HTTP/1.1\r\n\(host)Connection: close\r\n\r\n"))
            let text = String(decoding: await socket.readToEnd(timeout: .seconds(20)) ?? [], as: UTF8.self)
            let heads = Self.heads(in: text)
            try #require(heads.count == 4, "\(text.prefix(300))")
            #expect(heads[0].status == "200" && heads[0].fields["content-length"] == length)
            // Hummingbird's ids: hexadecimal, up to 32 digits (the first half is not padded with zeros).
            #expect(
                heads[0].fields["x-request-id"].map { (17...32).contains($0.count) && $0.allSatisfy(\.isHexDigit) }
                    == true)
            #expect(heads[0].fields["server"] == "Newsdesk" && heads[0].fields["date"]?.hasSuffix(" GMT") == true)
            #expect(heads[1].status == "200" && heads[1].fields["content-length"] == length)
            #expect(heads[2].status == "304" && heads[2].fields["etag"] == etag)
            #expect(Set(heads.compactMap { $0.fields["x-request-id"] }).count == 4)
            // The HEAD went out without a body: the 304 follows its blank line at once.
            #expect(text.components(separatedBy: "\r\n\r\nHTTP/1.1 304").count == 2)

            // The router answers HEAD the same way (a request that asks to close goes to it).
            let head = try await RawHTTPReply.exchange(
                "HEAD", Self.post, host: "127.0.0.1", port: server.port, from: "127.0.0.1")
            #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == length)
        }
    }

    /// Each response's status code and header fields (names lowercased), in order.
    static func heads(in text: String) -> [(status: String, fields: [String: String])] {
        text.components(separatedBy: "HTTP/1.1 ").dropFirst().map { response in
            let head = response.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            var fields: [String: String] = [:]
            for line in head.dropFirst() {
                let pair = line.split(separator: ":", maxSplits: 1)
                if pair.count == 2 { fields[pair[0].lowercased()] = pair[1].trimmingCharacters(in: .whitespaces) }
            }
            return (String(head[0].prefix(3)), fields)
        }
    }
}
