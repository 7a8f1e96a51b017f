import Foundation
import Hummingbird

/// A rendered page kept as bytes, with its headers built once, so a cache hit only copies references.
///
/// A page with a comment form has a hole where the form's signed token goes: each response gets a fresh
/// token (it carries the time the form was shown), while the rest of the page is served from memory.
struct CachedPage: Sendable {
    /// Where the per-response token goes in a rendered page.
    static let tokenPlaceholder = "__NEWSDESK_FORM_TOKEN__"

    /// The bytes before the hole (or the whole page).
    let head: ByteBuffer
    /// The bytes after the hole, when there is one.
    let tail: ByteBuffer?
    /// Makes the text for the hole.
    let fillHole: (@Sendable () -> String)?
    /// A strong validator derived from the bytes around the hole.
    let etag: String
    /// Content-Type, ETag and Cache-Control, ready to send.
    let headers: HTTPFields
    /// When the page was made (its data was read just before).
    let renderedAt: Date

    /// Wraps rendered HTML; `fillHole` is called for each response when the text holds `tokenPlaceholder`.
    init(
        text: String, contentType: String = "text/html; charset=utf-8", renderedAt: Date = Date(),
        fillHole: (@Sendable () -> String)? = nil
    ) {
        self.renderedAt = renderedAt
        if let fillHole, let range = text.range(of: Self.tokenPlaceholder) {
            head = ByteBuffer(string: String(text[..<range.lowerBound]))
            tail = ByteBuffer(string: String(text[range.upperBound...]))
            self.fillHole = fillHole
        } else {
            head = ByteBuffer(string: text)
            tail = nil
            self.fillHole = nil
        }
        etag =
            "\""
            + ContentHash.fnv1a64Hex(head.readableBytesView, tail?.readableBytesView ?? head.readableBytesView[0..<0])
            + "\""
        headers = [
            .contentType: contentType,
            .eTag: etag,
            // Readers must see new comments at once: caches may keep the page but must ask again each time.
            .cacheControl: "no-cache",
        ]
    }

    /// The response to `request`: 304 when the client already has these bytes.
    func response(to request: Request) -> Response {
        if let match = request.headers[.ifNoneMatch], match.contains(etag) || match == "*" {
            return Response(status: .notModified, headers: [.eTag: etag, .cacheControl: "no-cache"])
        }
        if let tail, let fillHole, head.readableBytes + tail.readableBytes > Self.copyLimit {
            // A long page (a post with many comments) goes out as the three buffers around the token, never
            // copied; copying it for every reader was an eighth of the time under load (bench/comments). For an
            // ordinary page one copied buffer is faster than a three-part body (27k against 16k requests/s).
            let parts = [head, ByteBuffer(string: fillHole()), tail]
            return Response(status: .ok, headers: headers, body: ResponseBody(contentsOf: parts))
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body()))
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
}
