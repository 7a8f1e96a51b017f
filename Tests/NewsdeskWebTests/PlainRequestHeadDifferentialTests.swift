import Foundation
import NIOCore
import NIOEmbedded
import NIOHTTP1
import Testing

@testable import NewsdeskWeb

/// `PlainRequestHead` against NIO's HTTP decoder (llhttp) on 20,000 mutated heads: whatever the bytes
/// reader accepts, the decoder must read as the same request, with no body, so that answering it before the
/// decoder can never split or merge requests differently (request smuggling) or answer what the decoder refuses.
@Suite("Plain request heads agree with NIO's decoder")
struct PlainRequestHeadDifferentialTests {
    static let bases = [
        "GET /2011/01/post.html HTTP/1.1\r\nHost: blog.example\r\nUser-Agent: Mozilla/5.0\r\nAccept: */*\r\n\r\n",
        "HEAD /?q=1 HTTP/1.1\r\nHost: a\r\nIf-None-Match: \"abc\"\r\n\r\n",
        "GET /feeds/posts/default HTTP/1.1\r\nX-Forwarded-For: 192.0.2.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n",
    ]
    /// Bytes that matter to HTTP's syntax, and a few that do not.
    static let alphabet: [UInt8] = Array("\r\n\t :/?%\"\\,;aAz09-".utf8) + [0, 0x7F, 0x80, 0xC3, 0xFF, 0x0B, 0x0C]

    @Test("20,000 mutations: every head read from the bytes is one the decoder reads the same, bodiless")
    func agrees() throws {
        var random = SeededRandom(seed: 0x5EED_0018)
        var accepted = 0
        for round in 0..<20_000 {
            var bytes = Array(Self.bases[round % Self.bases.count].utf8)
            for _ in 0..<(1 + random.next(below: 3)) { Self.mutate(&bytes, &random) }
            guard let head = bytes.withUnsafeBytes({ PlainRequestHead($0) }) else { continue }
            accepted += 1
            let text = String(decoding: bytes, as: UTF8.self).debugDescription
            try #require(
                head.length <= bytes.count && bytes[head.length - 4..<head.length].elementsEqual([13, 10, 13, 10]),
                "\(text)")
            let decoded = try Self.decode(Array(bytes[..<head.length]))
            try #require(decoded.count == 2, "the decoder made \(decoded.count) parts of \(text)")
            guard case .head(let request) = decoded[0], case .end(nil) = decoded[1] else {
                Issue.record("not a bodiless request to the decoder: \(text)")
                continue
            }
            #expect(request.method == (head.isHead ? .HEAD : .GET), "\(text)")
            #expect(request.version == .http1_1, "\(text)")
            #expect(request.uri.hasPrefix(head.path), "\(text)")
            #expect(request.headers["host"].count == 1, "\(text)")
            // Values compared as the decoder's are read after it: without the spaces around them, a field sent
            // twice as its values joined.
            let trimmed = { (values: [String]) in values.map { $0.trimmingCharacters(in: [" ", "\t"]) } }
            let noneMatch = trimmed(request.headers["if-none-match"])
            #expect(
                (noneMatch.isEmpty ? nil : noneMatch.joined(separator: ", ")) == head.fields[.ifNoneMatch], "\(text)")
            #expect(trimmed(request.headers["x-forwarded-for"]) == head.fields[values: .xForwardedFor], "\(text)")
        }
        // The mutations leave enough heads whole for the comparison to mean something.
        #expect(accepted > 2_000, "only \(accepted) heads were read from the bytes")
    }

    /// One random change: a byte inserted, removed or replaced, or a line doubled.
    static func mutate(_ bytes: inout [UInt8], _ random: inout SeededRandom) {
        let at = random.next(below: bytes.count)
        switch random.next(below: 4) {
        case 0: bytes.insert(alphabet[random.next(below: alphabet.count)], at: at)
        case 1: if bytes.count > 1 { bytes.remove(at: at) }
        case 2: bytes[at] = alphabet[random.next(below: alphabet.count)]
        default:
            // Doubles the line holding `at` (two Hosts, two If-None-Match, ...).
            guard let start = bytes[..<at].lastIndex(of: 10).map({ $0 + 1 }),
                let end = bytes[at...].firstIndex(of: 10)
            else { return }
            bytes.insert(contentsOf: bytes[start...end], at: start)
        }
    }

    /// What NIO's decoder makes of `bytes`; throws when it refuses them.
    static func decode(_ bytes: [UInt8]) throws -> [HTTPServerRequestPart] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(HTTPRequestDecoder()))
        defer { _ = try? channel.finish() }
        try channel.writeInbound(ByteBuffer(bytes: bytes))
        var parts: [HTTPServerRequestPart] = []
        while let part = try channel.readInbound(as: HTTPServerRequestPart.self) { parts.append(part) }
        return parts
    }
}

/// xorshift64*: the same mutations on every run, so a failure can be reproduced.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 2_685_821_657_736_338_717) % UInt64(max(bound, 1)))
    }
}
