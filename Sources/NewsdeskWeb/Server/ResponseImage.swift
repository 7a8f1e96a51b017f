import NIOCore

/// A page's whole 200 response to a GET as one buffer, kept with where its per-response parts lie: the request
/// id, the `Date` header and the form token. The next hit on the page writes only those parts again, in place,
/// instead of copying the page into a new buffer (the copy and its allocation were a tenth of a cached post page,
/// bench/pages).
///
/// `ByteBuffer` copies on write: while the channel still holds the last response (not yet sent to a slow reader),
/// writing the parts copies the buffer first, so a response never changes once handed to a channel.
struct ResponseImage {
    /// The page the image is of, held so that its storage (what ``CachedPage/isSame(as:)`` compares) lives as
    /// long as the image.
    let page: CachedPage
    private(set) var buffer: ByteBuffer
    /// Where the parts lie in `buffer`; their lengths are fixed by the image.
    private let stampRanges: CachedPage.StampRanges
    private let filler: Range<Int>?

    /// The image of `page`'s response with `stamp` and `filler` (the form token, or nothing).
    init(of page: CachedPage, stamp: CachedPage.ResponseStamp, filler: String, allocator: ByteBufferAllocator) {
        let bodyLength = page.head.readableBytes + filler.utf8.count + (page.tail?.readableBytes ?? 0)
        var buffer = allocator.buffer(capacity: 256 + page.encodedHeaders.readableBytes + bodyLength)
        stampRanges = page.writeOKHead(bodyLength: bodyLength, stamp: stamp, to: &buffer)
        buffer.writeImmutableBuffer(page.head)
        if let tail = page.tail {
            let start = buffer.writerIndex
            buffer.writeString(filler)
            self.filler = start..<buffer.writerIndex
            buffer.writeImmutableBuffer(tail)
        } else {
            self.filler = nil
        }
        (self.page, self.buffer) = (page, buffer)
    }

    /// Writes this response's parts in place; false, leaving the image as it was, when one has another length
    /// than the image's (a token whose counter gained a digit), or the page has a hole and no filler was given.
    mutating func restamp(_ stamp: CachedPage.ResponseStamp, filler: String) -> Bool {
        guard stamp.requestID.utf8.count == stampRanges.requestID.count,
            stamp.date.utf8.count == stampRanges.date.count, filler.utf8.count == (self.filler?.count ?? 0)
        else { return false }
        buffer.setString(stamp.requestID, at: stampRanges.requestID.lowerBound)
        buffer.setString(stamp.date, at: stampRanges.date.lowerBound)
        if let range = self.filler { buffer.setString(filler, at: range.lowerBound) }
        return true
    }
}
