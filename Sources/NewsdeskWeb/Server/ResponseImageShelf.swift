import NIOCore
import Synchronization

/// The ``ResponseImage``s of the pages last answered on one event loop, newest first, at most ``capacity``: the
/// connections of a loop share them, so a popular page is copied once, not once per reader.
///
/// Used only on its event loop (``ResponseImageShelves`` hands each loop its own), so it needs no lock.
final class ResponseImageShelf: @unchecked Sendable {
    /// Images kept; each holds a page no longer than ``CachedPage/copyLimit`` and its headers.
    static let capacity = 4
    private var images: [ResponseImage] = []

    /// `page`'s response with `stamp` and `filler`, from its image when there is one of the same lengths.
    func response(
        to page: CachedPage, stamp: CachedPage.ResponseStamp, filler: String, allocator: ByteBufferAllocator
    ) -> ByteBuffer {
        if let index = images.firstIndex(where: { $0.page.isSame(as: page) }) {
            // Taken out while written, so that the shelf's array does not hold a second reference to the
            // buffer, which would make writing the parts copy it.
            var image = images.remove(at: index)
            if image.restamp(stamp, filler: filler) {
                images.insert(image, at: 0)
                return image.buffer
            }
        }
        let image = ResponseImage(of: page, stamp: stamp, filler: filler, allocator: allocator)
        images.insert(image, at: 0)
        if images.count > Self.capacity { images.removeLast() }
        return image.buffer
    }

    /// How many images the shelf holds.
    var count: Int { images.count }

    /// Whether the shelf holds an image of `page`.
    func holds(_ page: CachedPage) -> Bool {
        images.contains { $0.page.isSame(as: page) }
    }
}

/// One ``ResponseImageShelf`` per event loop, made when the loop's first connection asks.
final class ResponseImageShelves: Sendable {
    private let shelves = Mutex<[ObjectIdentifier: ResponseImageShelf]>([:])

    /// The shelf of `eventLoop`, to be used on it only.
    func shelf(for eventLoop: any EventLoop) -> ResponseImageShelf {
        shelves.withLock { shelves in
            let key = ObjectIdentifier(eventLoop)
            if let shelf = shelves[key] { return shelf }
            let shelf = ResponseImageShelf()
            shelves[key] = shelf
            return shelf
        }
    }
}
