import Metrics

/// How the page cache serves readers: lookups by outcome, renderings, and the memory its pages take.
enum PageCacheMetrics {
    /// What a lookup found.
    enum Outcome: String {
        /// A fresh page, served from memory.
        case hit
        /// A stale page, served while a fresh one renders.
        case stale
        /// Nothing to serve: the reader waited for a rendering.
        case miss
    }

    /// Lookups by `outcome`.
    static let lookups = "newsdesk_page_cache_lookups_total"
    /// Pages rendered for the cache.
    static let renders = "newsdesk_page_renders_total"
    /// Bytes the kept pages take.
    static let bytes = "newsdesk_page_cache_bytes"

    // Made at first use, which is after `newsdesk serve` has chosen the metrics backend: a handle made before
    // that would count into nothing.
    private static let hits = Counter(label: lookups, dimensions: [("outcome", Outcome.hit.rawValue)])
    private static let staleHits = Counter(label: lookups, dimensions: [("outcome", Outcome.stale.rawValue)])
    private static let misses = Counter(label: lookups, dimensions: [("outcome", Outcome.miss.rawValue)])

    static func count(_ outcome: Outcome) {
        switch outcome {
        case .hit: hits.increment()
        case .stale: staleHits.increment()
        case .miss: misses.increment()
        }
    }

    private static let renderings = Counter(label: renders)
    private static let byteGauge = Gauge(label: bytes)

    static func countRendering() {
        renderings.increment()
    }

    static func recordBytes(_ count: Int) {
        byteGauge.record(count)
    }
}
