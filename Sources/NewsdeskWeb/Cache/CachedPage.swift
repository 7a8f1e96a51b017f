import Hummingbird

/// A rendered page kept as bytes, with its headers built once, so a cache hit only copies references.
struct CachedPage: Sendable {
    /// The response body.
    let body: ByteBuffer
    /// A strong validator derived from the bytes.
    let etag: String
    /// Content-Type, ETag and Cache-Control, ready to send.
    let headers: HTTPFields

    /// Wraps rendered HTML (or any text) for serving.
    init(text: String, contentType: String = "text/html; charset=utf-8") {
        self.body = ByteBuffer(string: text)
        self.etag = "\"" + ContentHash.fnv1a64Hex(body.readableBytesView) + "\""
        self.headers = [
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
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }
}

/// A fast, stable, non-cryptographic hash for ETags (stable across servers, unlike `Hasher`).
enum ContentHash {
    static func fnv1a64Hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
