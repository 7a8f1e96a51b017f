import Foundation
import NewsdeskCore
import Synchronization
import Testing

@testable import NewsdeskWeb

@Suite("The page cache")
struct PageCacheTests {
    final class Renderer: Sendable {
        let count = Atomic<Int>(0)

        func render(delay: Duration = .milliseconds(50)) async throws -> CachedPage {
            let number = count.add(1, ordering: .relaxed).newValue
            try await Task.sleep(for: delay)
            return CachedPage(text: "version \(number)")
        }
    }

    func text(_ page: CachedPage) -> String { String(buffer: page.body()) }

    @Test("a page rendered again with the same bytes keeps its Last-Modified; new bytes get a new one")
    func lastModifiedFollowsTheBytes() async throws {
        let cache = PageCache(refreshInterval: 0)
        let first = Date(timeIntervalSince1970: 1_000_000)
        let later = Date(timeIntervalSince1970: 2_000_000)
        _ = try await cache.page("/feed") { CachedPage(text: "same", lastModified: first) }
        cache.apply([.everything])
        let again = try await cache.page("/feed", renderedAfter: Date()) {
            CachedPage(text: "same", lastModified: later)
        }
        #expect(again.lastModified == first)
        #expect(again.headers[.lastModified] == "Mon, 12 Jan 1970 13:46:40 GMT")
        cache.apply([.everything])
        let changed = try await cache.page("/feed", renderedAfter: Date()) {
            CachedPage(text: "different", lastModified: later)
        }
        #expect(changed.lastModified == later)
    }

    @Test("concurrent misses share one rendering")
    func singleFlight() async throws {
        let cache = PageCache()
        let renderer = Renderer()
        let pages = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask { self.text(try await cache.page("/p") { try await renderer.render() }) } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(pages) == ["version 1"])
        #expect(renderer.count.load(ordering: .relaxed) == 1)
    }

    @Test("after a write the stale page is served while one fresh rendering runs")
    func staleWhileRevalidate() async throws {
        let cache = PageCache(refreshInterval: 0)
        let renderer = Renderer()
        _ = try await cache.page("/p") { try await renderer.render() }
        cache.apply([.everything])
        let stale = try await cache.page("/p") { try await renderer.render(delay: .milliseconds(200)) }
        let alsoStale = try await cache.page("/p") { try await renderer.render(delay: .milliseconds(200)) }
        #expect(text(stale) == "version 1" && text(alsoStale) == "version 1")
        var latest = ""
        for _ in 0..<100 where latest != "version 2" {
            try await Task.sleep(for: .milliseconds(50))
            latest = text(try await cache.page("/p") { try await renderer.render() })
        }
        #expect(latest == "version 2")
        #expect(renderer.count.load(ordering: .relaxed) == 2)
    }

    @Test("a reader following a new comment's link waits for a page rendered after it")
    func renderedAfter() async throws {
        let cache = PageCache()
        let renderer = Renderer()
        _ = try await cache.page("/p") { try await renderer.render() }
        let commented = Date()
        cache.apply([.everything])
        let page = try await cache.page("/p", renderedAfter: commented) { try await renderer.render() }
        #expect(text(page) == "version 2")
        #expect(page.renderedAt >= commented)
        // A fresh page rendered after that time serves later readers of the same link without rendering again.
        _ = try await cache.page("/p", renderedAfter: commented) { try await renderer.render() }
        #expect(renderer.count.load(ordering: .relaxed) == 2)
    }

    @Test("a stale page is refreshed at most once per interval")
    func refreshInterval() async throws {
        let cache = PageCache(refreshInterval: 0.3)
        let renderer = Renderer()
        _ = try await cache.page("/p") { try await renderer.render(delay: .zero) }
        cache.apply([.everything])
        // Within the interval of the last rendering: the stale page, and no new rendering.
        #expect(text(try await cache.page("/p") { try await renderer.render(delay: .zero) }) == "version 1")
        #expect(renderer.count.load(ordering: .relaxed) == 1)
        try await Task.sleep(for: .milliseconds(350))
        // Past the interval: the next reader starts a rendering (and still gets the stale page meanwhile).
        _ = try await cache.page("/p") { try await renderer.render(delay: .zero) }
        var latest = ""
        for _ in 0..<100 where latest != "version 2" {
            try await Task.sleep(for: .milliseconds(20))
            latest = text(try await cache.page("/p") { try await renderer.render(delay: .zero) })
        }
        #expect(latest == "version 2")
        #expect(renderer.count.load(ordering: .relaxed) == 2)
    }

    @Test("before the router: the fresh page, then the stale one while its refresh runs, and none when one is due")
    func withoutTheRoute() async throws {
        // An interval of 0: a refresh is due as soon as nothing renders, whatever the machine's speed.
        let cache = PageCache(refreshInterval: 0)
        let renderer = Renderer()
        #expect(cache.page("/p") == nil)
        _ = try await cache.page("/p") { try await renderer.render(delay: .zero) }
        #expect(cache.page("/p").map(text) == "version 1")
        cache.apply([.everything])
        // A refresh is due: only the route can start it.
        #expect(cache.page("/p") == nil)
        // The route starts one that waits for the gate, and gives the stale page meanwhile.
        let (gate, open) = AsyncStream<Void>.makeStream()
        let stale = try await cache.page("/p") {
            for await _ in gate { break }
            return try await renderer.render(delay: .zero)
        }
        #expect(text(stale) == "version 1")
        // While it runs: the stale page, without the route.
        #expect(cache.page("/p").map(text) == "version 1")
        open.yield()
        var latest: String?
        for _ in 0..<500 where latest != "version 2" {
            try await Task.sleep(for: .milliseconds(20))
            latest = cache.page("/p").map(text)
        }
        #expect(latest == "version 2")
        #expect(renderer.count.load(ordering: .relaxed) == 2)
    }

    @Test("before the router: the stale page while its last rendering began within the refresh interval")
    func withoutTheRouteWithinTheInterval() async throws {
        // An hour: however slow the machine, the rendering below began within it.
        let cache = PageCache(refreshInterval: 3_600)
        _ = try await cache.page("/p") { CachedPage(text: "version 1") }
        cache.apply([.everything])
        #expect(cache.page("/p").map(text) == "version 1")
    }

    @Test("a page that fails to render is not served stale")
    func failuresDropStale() async throws {
        struct Gone: Error {}
        let cache = PageCache(refreshInterval: 0)
        _ = try await cache.page("/p") { CachedPage(text: "old") }
        cache.apply([.everything])
        _ = try? await cache.page("/p") { throw Gone() }
        try await Task.sleep(for: .milliseconds(50))
        await #expect(throws: Gone.self) { _ = try await cache.page("/p") { throw Gone() } }
    }
}
