import NIOCore
import Testing

@testable import NewsdeskWeb

@Suite("ETag hashes of page bytes")
struct ContentHashTests {
    let page = ByteBuffer(string: String(repeating: "<p>Troops leave Iraq, officials say — é</p>\n", count: 5))

    @Test("the same bytes hash alike, as 16 hex digits; no bytes hash otherwise")
    func stable() {
        let hash = ContentHash.hex(page, ByteBuffer())
        #expect(hash.count == 16)
        #expect(hash.allSatisfy { $0.isHexDigit })
        #expect(ContentHash.hex(page, ByteBuffer()) == hash)
        #expect(ContentHash.hex(ByteBuffer(), ByteBuffer()) != hash)
    }

    @Test("changing any one byte, in any bit, changes the hash")
    func everyByteCounts() {
        let bytes = Array(page.readableBytesView)
        let original = ContentHash.hex(page, ByteBuffer())
        var seen: Set<String> = [original]
        for index in bytes.indices {
            for bit in [0, 3, 7] {
                var changed = bytes
                changed[index] ^= 1 << bit
                let hash = ContentHash.hex(ByteBuffer(bytes: changed), ByteBuffer())
                #expect(!seen.contains(hash), "byte \(index), bit \(bit)")
                seen.insert(hash)
            }
        }
        #expect(seen.count == bytes.count * 3 + 1)
    }

    @Test("bytes moved from the head to the tail are different pages")
    func headAndTail() {
        let head = ByteBuffer(string: "<p>before</p>")
        let tail = ByteBuffer(string: "<p>after</p>")
        #expect(ContentHash.hex(head, tail) != ContentHash.hex(tail, head))
    }
}
