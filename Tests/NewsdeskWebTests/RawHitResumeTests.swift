import HTTPTypes
import Logging
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

@testable import NewsdeskWeb

/// ``RawHitHandler`` on a connection that meets a request the cache cannot answer: handed on alone, it comes back
/// to reading from the bytes once the router has answered; anything else sends the connection to the decoder for
/// good, so responses keep the order of requests.
@Suite("Reading hits from the bytes again after the router answered")
struct RawHitResumeTests {
    static let hit = "GET /cached HTTP/1.1\r\nHost: a\r\n\r\n"
    static let miss = "GET /not-cached HTTP/1.1\r\nHost: a\r\n\r\n"

    /// Stands in for the decoder and the router's side: records what reaches it, and turns each read into the
    /// head and end of one request for the time limits after it.
    final class Decoder: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        typealias InboundOut = HTTPRequestPart
        var received: [String] = []

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            received.append(String(buffer: unwrapInboundIn(data)))
            let request = HTTPRequest(method: .get, scheme: nil, authority: "a", path: "/not-cached")
            context.fireChannelRead(wrapInboundOut(.head(request)))
            context.fireChannelRead(wrapInboundOut(.end(nil)))
        }
    }

    /// A connection whose cache holds `/cached`, and its stand-in decoder.
    static func connection() async throws -> (EmbeddedChannel, Decoder) {
        let cache = PageCache()
        _ = try await cache.page("/cached") { CachedPage(text: "<p>hello</p>") }
        let hits = CacheHitAnswering(
            cache: cache, observer: RequestObserver(trustedProxies: try TrustedProxies(parsing: []), metrics: .init()),
            logger: Logger(label: "test"), serverName: "Newsdesk")
        let decoder = Decoder()
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandlers([
            RawHitHandler(hits, images: ResponseImageShelf()), decoder,
            RequestDeadlineHandler(
                limits: ConnectionLimits(), registry: ConnectionRegistry(cap: 10, logger: Logger(label: "test"))),
        ])
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 80)).wait()
        return (channel, decoder)
    }

    static func send(_ text: String, on channel: EmbeddedChannel) throws {
        try channel.writeInbound(channel.allocator.buffer(string: text))
    }

    /// The router's answer to the request handed on: a response's end, through the time limits.
    static func answer(on channel: EmbeddedChannel) throws {
        try channel.writeOutbound(HTTPResponsePart.end(nil))
    }

    /// The status lines of the responses the handler wrote as bytes. Reading an item as the wrong type drops it,
    /// which is what the router's response parts need here.
    static func statusLines(of channel: EmbeddedChannel) -> [String] {
        var lines: [String] = []
        while true {
            do {
                guard let buffer = try channel.readOutbound(as: ByteBuffer.self) else { return lines }
                let text = String(buffer: buffer)
                if text.hasPrefix("HTTP/1.1 "), let line = text.split(separator: "\r\n").first {
                    lines.append(String(line))
                }
            } catch {
                continue
            }
        }
    }

    @Test("a lone miss goes to the decoder; after its answer, the next hit is answered from the bytes")
    func resumesAfterTheAnswer() async throws {
        let (channel, decoder) = try await Self.connection()
        try Self.send(Self.hit, on: channel)
        try Self.send(Self.miss, on: channel)
        #expect(decoder.received == [Self.miss])
        #expect(Self.statusLines(of: channel) == ["HTTP/1.1 200 OK"])
        try Self.answer(on: channel)
        try Self.send(Self.hit, on: channel)
        try Self.send(Self.hit + Self.hit, on: channel)
        #expect(decoder.received == [Self.miss], "hits after the answer went to the decoder")
        #expect(Self.statusLines(of: channel) == Array(repeating: "HTTP/1.1 200 OK", count: 3))
        _ = try channel.finish()
    }

    @Test("bytes that come before the router's answer, and a miss with more behind it, go to the decoder for good")
    func forGood() async throws {
        let (early, earlyDecoder) = try await Self.connection()
        try Self.send(Self.miss, on: early)
        try Self.send(Self.hit, on: early)  // pipelined behind the miss: must wait for its answer
        try Self.answer(on: early)
        try Self.send(Self.hit, on: early)
        #expect(earlyDecoder.received == [Self.miss, Self.hit, Self.hit])
        #expect(Self.statusLines(of: early).isEmpty)
        _ = try early.finish()

        let (joined, joinedDecoder) = try await Self.connection()
        try Self.send(Self.miss + Self.hit, on: joined)
        try Self.answer(on: joined)
        try Self.send(Self.hit, on: joined)
        #expect(joinedDecoder.received == [Self.miss + Self.hit, Self.hit])
        _ = try joined.finish()
    }
}
