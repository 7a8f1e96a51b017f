import NIOCore
import Testing

@testable import NewsdeskWeb

/// ``ResponseImageShelf``: a page's response is built once, and later hits write only their own parts into it;
/// a response already handed out never changes.
@Suite("Response images of cached pages")
struct ResponseImageTests {
    static let page = CachedPage(
        text: "<p>before \(CachedPage.tokenPlaceholder) after</p>", fillHole: { "unused" })

    static func stamp(_ id: String, date: String = "Mon, 07 Dec 2026 20:00:00 GMT") -> CachedPage.ResponseStamp {
        .init(requestID: id, date: date, server: "Newsdesk")
    }

    static func response(
        _ shelf: ResponseImageShelf, _ page: CachedPage = page, id: String, filler: String,
        date: String = "Mon, 07 Dec 2026 20:00:00 GMT"
    ) -> ByteBuffer {
        shelf.response(to: page, stamp: stamp(id, date: date), filler: filler, allocator: ByteBufferAllocator())
    }

    /// The response a page gives with these parts, made from scratch.
    static func expected(
        _ page: CachedPage = page, id: String, filler: String, date: String = "Mon, 07 Dec 2026 20:00:00 GMT"
    ) -> String {
        let body = String(buffer: page.head) + filler + (page.tail.map { String(buffer: $0) } ?? "")
        return "HTTP/1.1 200 OK\r\n" + String(buffer: page.encodedHeaders) + "Content-Length: \(body.utf8.count)\r\n"
            + "X-Request-Id: \(id)\r\nDate: \(date)\r\nServer: Newsdesk\r\n\r\n" + body
    }

    @Test("each response carries its own id, date and token, and one handed out is never changed")
    func ownParts() {
        let shelf = ResponseImageShelf()
        let first = Self.response(shelf, id: "id-1", filler: "token-1")
        let second = Self.response(shelf, id: "id-2", filler: "token-2", date: "Mon, 07 Dec 2026 20:00:01 GMT")
        #expect(String(buffer: first) == Self.expected(id: "id-1", filler: "token-1"))
        #expect(
            String(buffer: second)
                == Self.expected(id: "id-2", filler: "token-2", date: "Mon, 07 Dec 2026 20:00:01 GMT"))
    }

    @Test("once the last response is let go, the next is written into the same bytes, not copied")
    func reusesTheBuffer() {
        let shelf = ResponseImageShelf()
        var address = Self.response(shelf, id: "id-1", filler: "token-1").withUnsafeReadableBytes {
            Int(bitPattern: $0.baseAddress)
        }
        for round in 2...4 {
            let response = Self.response(shelf, id: "id-\(round)", filler: "token-\(round)")
            #expect(String(buffer: response) == Self.expected(id: "id-\(round)", filler: "token-\(round)"))
            let next = response.withUnsafeReadableBytes { Int(bitPattern: $0.baseAddress) }
            #expect(next == address, "round \(round) copied the page")
            address = next
        }
    }

    @Test("a part of another length, a page without a hole, and a page rendered again are built afresh")
    func rebuilds() {
        let shelf = ResponseImageShelf()
        _ = Self.response(shelf, id: "id-1", filler: "token-1")
        #expect(
            String(buffer: Self.response(shelf, id: "id-22", filler: "token-22"))
                == Self.expected(id: "id-22", filler: "token-22"))
        let plain = CachedPage(text: "<p>no form</p>")
        #expect(
            String(buffer: Self.response(shelf, plain, id: "id-3", filler: ""))
                == Self.expected(plain, id: "id-3", filler: ""))
        // The same text rendered again is another page: its headers (Last-Modified, say) may differ.
        let again = CachedPage(text: "<p>before \(CachedPage.tokenPlaceholder) after</p>", fillHole: { "unused" })
        #expect(!again.isSame(as: Self.page))
        #expect(
            String(buffer: Self.response(shelf, again, id: "id-4", filler: "token-4"))
                == Self.expected(again, id: "id-4", filler: "token-4"))
    }

    @Test("a shelf keeps the images of its last few pages only")
    func bounded() {
        let shelf = ResponseImageShelf()
        let pages = (0...ResponseImageShelf.capacity).map { CachedPage(text: "<p>page \($0)</p>") }
        for page in pages { _ = Self.response(shelf, page, id: "id", filler: "") }
        #expect(shelf.count == ResponseImageShelf.capacity)
        #expect(!shelf.holds(pages[0]))
        #expect(shelf.holds(pages[ResponseImageShelf.capacity]))
    }
}
