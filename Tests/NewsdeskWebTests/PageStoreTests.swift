import Testing

@testable import NewsdeskWeb

@Suite("The page cache's byte budget")
struct PageStoreTests {
    func page(bytes: Int) -> CachedPage {
        CachedPage(text: String(repeating: "x", count: bytes))
    }

    @Test("past the budget the least recently used pages go, and the count never passes it")
    func leastRecentlyUsedGoFirst() {
        var probe = PageStore(byteLimit: 1 << 20)
        probe.keep(page(bytes: 10_000), under: "/0", fresh: true)
        // Room for exactly ten pages like these (keys of up to two digits).
        var store = PageStore(byteLimit: 10 * (probe.byteCount + 1))
        for number in 0..<9 { store.keep(page(bytes: 10_000), under: "/\(number)", fresh: true) }
        // Reading /0 makes /1 the oldest.
        #expect(store.freshPage("/0") != nil)
        store.keep(page(bytes: 10_000), under: "/9", fresh: true)
        store.keep(page(bytes: 10_000), under: "/10", fresh: true)
        #expect(store.byteCount <= store.byteLimit)
        #expect(store.freshPage("/0") != nil, "recently read pages stay")
        #expect(store.freshPage("/1") == nil, "the least recently used page went first")
        #expect(store.freshPage("/10") != nil)
    }

    @Test("a page larger than the whole budget is not kept")
    func oversizedPageIsNotKept() {
        var store = PageStore(byteLimit: 4096)
        store.keep(page(bytes: 100_000), under: "/big", fresh: true)
        #expect(store.byteCount == 0)
        #expect(store.freshPage("/big") == nil)
    }

    @Test("the byte count follows replacements, staleness and removal exactly")
    func accounting() {
        var store = PageStore(byteLimit: 1 << 20)
        store.keep(page(bytes: 1000), under: "/a", fresh: true)
        let one = store.byteCount
        #expect(one >= 1000 + PageStore.entryOverhead)
        store.keep(page(bytes: 1000), under: "/a", fresh: true)
        #expect(store.byteCount == one, "a page kept again replaces the old one")
        store.keep(page(bytes: 1000), under: "/b", fresh: false)
        store.keep(page(bytes: 1000), under: "/b", fresh: true)
        store.staleEverything()
        #expect(store.fresh.isEmpty && store.stale.count == 2)
        #expect(store.byteCount == store.stale.values.reduce(0) { $0 + $1.bytes })
        store.remove("/a")
        store.remove("/b")
        #expect(store.byteCount == 0)
    }

    @Test("the cache keeps no more bytes than its limit however many pages are rendered")
    func cacheStaysWithinItsLimit() async throws {
        let cache = PageCache(byteLimit: 256 * 1024)
        for number in 0..<500 {
            _ = try await cache.page("/junk?\(number)") { CachedPage(text: String(repeating: "y", count: 9_000)) }
            #expect(cache.byteCount <= cache.byteLimit)
        }
        #expect(cache.pageCount < 30)
    }
}
