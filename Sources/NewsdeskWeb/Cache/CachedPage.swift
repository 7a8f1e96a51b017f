import Foundation
import Hummingbird
import NewsdeskCore

/// A rendered page kept as bytes, with its headers built once, so a cache hit only copies references.
///
/// A page with a comment form has a hole where the form's signed token goes: each response gets a fresh
/// token (it carries the time the form was shown), while the rest of the page is served from memory.
struct CachedPage: Sendable {
    /// Where the per-response token goes in a rendered page.
    static let tokenPlaceholder = "__NEWSDESK_FORM_TOKEN__"

    /// What the page holds, behind one reference: every cache hit copies the page out of the cache on one of
    /// the event loops, and counting eight references (its buffers, strings and headers) on cache lines both
    /// cores write was a fifth of the reference counting on a hit (`perf`, bench/pages). Copied on write.
    private var storage: Storage

    /// The bytes before the hole (or the whole page).
    var head: ByteBuffer { storage.head }
    /// The bytes after the hole, when there is one.
    var tail: ByteBuffer? { storage.tail }
    /// Makes the text for the hole.
    var fillHole: (@Sendable () -> String)? { storage.fillHole }
    /// A strong validator derived from the bytes around the hole.
    var etag: String { storage.etag }
    /// Content-Type, ETag and Cache-Control, ready to send.
    private(set) var headers: HTTPFields {
        get { storage.headers }
        set {
            unique().headers = newValue
            storage.encodedHeaders = Self.encoded(newValue)
        }
    }
    /// The same headers as HTTP/1.1 bytes, for ``RawHitHandler``.
    var encodedHeaders: ByteBuffer { storage.encodedHeaders }
    /// When the page was made (its data was read just before).
    var renderedAt: Date { storage.renderedAt }
    /// The pattern of the route that rendered it, under which its cache hits are counted.
    var route: String? {
        get { storage.route }
        set { unique().route = newValue }
    }
    /// What it shows: which writes make it stale.
    var subject: PageSubject {
        get { storage.subject }
        set { unique().subject = newValue }
    }
    /// When the content last changed (feeds), for `Last-Modified` and `If-Modified-Since`.
    private(set) var lastModified: Date? {
        get { storage.lastModified }
        set { unique().lastModified = newValue }
    }

    /// Wraps rendered HTML; `fillHole` is called for each response when the text holds `tokenPlaceholder`.
    /// `extraHeaders` go with every response (the API's CORS headers).
    ///
    /// Pages default to `no-cache`: readers must see a new comment at once, so caches may keep the page but
    /// must ask again each time (the ETag makes that cheap).
    init(
        text: String, contentType: String = "text/html; charset=utf-8", renderedAt: Date = Date(),
        lastModified: Date? = nil, cacheControl: String = "no-cache", extraHeaders: HTTPFields = [:],
        fillHole: (@Sendable () -> String)? = nil
    ) {
        let lastModified = lastModified.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) }
        let head: ByteBuffer
        let tail: ByteBuffer?
        var fillsHole = false
        if fillHole != nil, let range = text.range(of: Self.tokenPlaceholder) {
            head = ByteBuffer(string: String(text[..<range.lowerBound]))
            tail = ByteBuffer(string: String(text[range.upperBound...]))
            fillsHole = true
        } else {
            head = ByteBuffer(string: text)
            tail = nil
        }
        let etag = "\"" + ContentHash.hex(head, tail ?? ByteBuffer()) + "\""
        var headers: HTTPFields = [.contentType: contentType, .eTag: etag, .cacheControl: cacheControl]
        if let lastModified { headers[.lastModified] = InternetDate.format(lastModified) }
        headers.append(contentsOf: extraHeaders)
        storage = Storage(
            head: head, tail: tail, fillHole: fillsHole ? fillHole : nil, etag: etag, headers: headers,
            encodedHeaders: Self.encoded(headers), renderedAt: renderedAt, lastModified: lastModified)
    }

    /// The storage, copied first when another page shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// This page with `previous`'s Last-Modified when their bytes are the same: a page rendered again after an
    /// unrelated change must not look newer to a client asking If-Modified-Since.
    func keepingLastModified(of previous: CachedPage?) -> CachedPage {
        guard let previous, let earlier = previous.lastModified, previous.etag == etag, lastModified != nil else {
            return self
        }
        var page = self
        page.lastModified = earlier
        page.headers[.lastModified] = InternetDate.format(earlier)
        return page
    }

    /// The response to `request`: 304 when the client already has these bytes.
    func response(to request: Request) -> Response {
        let reply = reply(to: request.headers)
        let body =
            switch reply.body.count {
            case 0: ResponseBody()
            case 1: ResponseBody(byteBuffer: reply.body[0])
            default: ResponseBody(contentsOf: reply.body)
            }
        return Response(status: reply.status, headers: reply.headers, body: body)
    }

    /// What a request with `requestHeaders` gets: 304 without a body when the client already has these bytes,
    /// else the page. Shared by the router's responder and the channel handler that answers hits before it.
    func reply(to requestHeaders: HTTPFields) -> (status: HTTPResponse.Status, headers: HTTPFields, body: [ByteBuffer])
    {
        if isNotModified(requestHeaders) {
            var headers = self.headers
            headers[.contentType] = nil
            return (.notModified, headers, [])
        }
        if let tail, let fillHole, head.readableBytes + tail.readableBytes > Self.copyLimit {
            // A long page (a post with many comments) goes out as the three buffers around the token, never
            // copied; copying it for every reader was an eighth of the time under load (bench/comments). For an
            // ordinary page one copied buffer is faster than a three-part body (27k against 16k requests/s).
            return (.ok, headers, [head, ByteBuffer(string: fillHole()), tail])
        }
        return (.ok, headers, [body()])
    }

    /// The memory the page's bytes take (their buffers' capacity, which may exceed the text).
    var byteCount: Int {
        head.capacity + (tail?.capacity ?? 0)
    }

    /// Pages longer than this are sent in parts rather than copied around their token.
    static var copyLimit: Int { 32 * 1024 }

    /// The page's bytes, with the hole filled.
    func body() -> ByteBuffer {
        guard let tail, let fillHole else { return head }
        let filler = fillHole()
        var buffer = ByteBufferAllocator().buffer(capacity: head.readableBytes + filler.utf8.count + tail.readableBytes)
        buffer.writeImmutableBuffer(head)
        buffer.writeString(filler)
        buffer.writeImmutableBuffer(tail)
        return buffer
    }

    /// Whether `other` is this very page (the same rendering, not only the same bytes).
    func isSame(as other: CachedPage) -> Bool {
        storage === other.storage
    }

    /// Whether the client's copy is current: its ETag matches, or without one, it is not older than ours.
    func isNotModified(_ requestHeaders: HTTPFields) -> Bool {
        if let match = requestHeaders[.ifNoneMatch] { return match.contains(etag) || match == "*" }
        if let lastModified, let since = requestHeaders[.ifModifiedSince].flatMap(InternetDate.parse) {
            return lastModified <= since
        }
        return false
    }
}

extension CachedPage {
    /// A page's fields. Changed only through a ``CachedPage`` that holds the sole reference, so a page shared
    /// between threads is never written.
    fileprivate final class Storage: @unchecked Sendable {
        let head: ByteBuffer
        let tail: ByteBuffer?
        let fillHole: (@Sendable () -> String)?
        let etag: String
        var headers: HTTPFields
        var encodedHeaders: ByteBuffer
        let renderedAt: Date
        var route: String?
        var subject = PageSubject.blogWide
        var lastModified: Date?

        init(
            head: ByteBuffer, tail: ByteBuffer?, fillHole: (@Sendable () -> String)?, etag: String,
            headers: HTTPFields, encodedHeaders: ByteBuffer, renderedAt: Date, lastModified: Date?
        ) {
            (self.head, self.tail, self.fillHole, self.etag) = (head, tail, fillHole, etag)
            (self.headers, self.encodedHeaders, self.renderedAt, self.lastModified) =
                (headers, encodedHeaders, renderedAt, lastModified)
        }

        func copy() -> Storage {
            let copy = Storage(
                head: head, tail: tail, fillHole: fillHole, etag: etag, headers: headers,
                encodedHeaders: encodedHeaders, renderedAt: renderedAt, lastModified: lastModified)
            (copy.route, copy.subject) = (route, subject)
            return copy
        }
    }
}
