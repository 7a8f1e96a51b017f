import HTTPTypes
import Testing

@testable import NewsdeskWeb

@Suite("Plain request heads read before the HTTP decoder")
struct PlainRequestHeadTests {
    static func parse(_ text: String) -> PlainRequestHead? {
        Array(text.utf8).withUnsafeBytes { PlainRequestHead($0) }
    }

    @Test("a browser's GET and HEAD are read, with the conditional and forwarding headers and the head's length")
    func reads() throws {
        let text =
            "GET /2011/01/post.html?x=1 HTTP/1.1\r\nHost: blog.example\r\nUser-Agent: Mozilla/5.0 (X11)\r\n"
            + "Accept: text/html\r\nIf-None-Match:  \"abc\" \r\nx-forwarded-for: 192.0.2.1\r\n"
            + "X-Forwarded-For: 198.51.100.2\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.1\r\n"
        let head = try #require(Self.parse(text))
        #expect(!head.isHead)
        #expect(head.path == "/2011/01/post.html" && head.cacheKey == "/2011/01/post.html?x=1")
        #expect(head.fields[.ifNoneMatch] == "\"abc\"")
        #expect(head.fields[values: .xForwardedFor] == ["192.0.2.1", "198.51.100.2"])
        #expect(head.length == text.utf8.count - "GET / HTTP/1.1\r\n".utf8.count)
        let bare = try #require(Self.parse("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n"))
        #expect(bare.isHead && bare.path == "/" && bare.cacheKey == "/" && bare.fields.isEmpty)
        let lone = try #require(Self.parse("GET /a? HTTP/1.1\r\nHost: a\r\n\r\n"))
        #expect(lone.path == "/a" && lone.cacheKey == PageKey.of(path: "/a?"))
    }

    @Test(
        "anything that needs judgement is left to the decoder",
        arguments: [
            "GET / HTTP/1.1\r\nHost: a\r\n",  // not complete yet
            "POST / HTTP/1.1\r\nHost: a\r\n\r\n",
            "get / HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.0\r\nHost: a\r\n\r\n",
            "GET http://a/ HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /\u{7F} HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n",  // no Host
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Folded: one\r\n two\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX-Bad: a\u{0}b\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\nX-Smuggled: b\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n",
            "GET / HTTP/1.1\r\nBad Name: a\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\n: empty\r\nHost: a\r\n\r\n",
            "\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n",
        ])
    func refuses(_ text: String) {
        #expect(Self.parse(text) == nil)
    }

    @Test("heads over 8 KiB or with more than 64 lines are left to the decoder")
    func limits() {
        let long = "GET /" + String(repeating: "a", count: 8 * 1024) + " HTTP/1.1\r\nHost: a\r\n\r\n"
        #expect(Self.parse(long) == nil)
        let many = "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X-A: b\r\n", count: 64) + "\r\n"
        #expect(Self.parse(many) == nil)
        let enough = "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X-A: b\r\n", count: 63) + "\r\n"
        #expect(Self.parse(enough) != nil)
    }
}
