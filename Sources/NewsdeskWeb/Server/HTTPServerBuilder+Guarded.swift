import Hummingbird
import HummingbirdCore
import Logging

extension HTTPServerBuilder {
    /// HTTP/1.1 with `limits` enforced on every connection: the open-file limit raised to the hard limit, the
    /// connection cap derived from it (or `limits.maxConnections`, kept below it), and each connection's
    /// deadlines (`RequestDeadlineHandler`), and cache hits answered before the decoder (`RawHitHandler`) and
    /// before the router (`CacheHitHandler`).
    /// Logs the figures it settled on.
    static func guarded(
        _ limits: ConnectionLimits, logger: Logger, answeringHitsFrom cache: PageCache, observer: RequestObserver,
        serverName: String
    ) -> HTTPServerBuilder {
        let files = DescriptorLimit.raiseSoftLimit()
        let ceiling = DescriptorLimit.connectionCap(for: files.after)
        var cap = limits.maxConnections ?? ceiling
        if cap > files.after - DescriptorLimit.minimumReserve {
            logger.warning(
                "--max-connections \(cap) would not leave room under the open-file limit of \(files.after); using \(ceiling)."
            )
            cap = ceiling
        }
        logger.info(
            """
            Open files: soft limit \(files.before) raised to \(files.after) (hard limit \(files.hard)); \
            at most \(cap) connections. A request's head must arrive within \(seconds(limits.headerTimeout)), \
            its body within \(seconds(limits.bodyTimeout)); idle connections close after \(seconds(limits.idleTimeout)).
            """)
        let registry = ConnectionRegistry(cap: max(1, cap), logger: logger)
        let hits = CacheHitAnswering(cache: cache, observer: observer, logger: logger, serverName: serverName)
        let images = ResponseImageShelves()
        let configuration = HTTP1Channel.Configuration(
            additionalChannelHandlers: [
                RequestDeadlineHandler(limits: limits, registry: registry), CacheHitHandler(hits),
            ])
        return HTTPServerBuilder { responder in
            NewsdeskHTTP1Channel(http1: HTTP1Channel(responder: responder, configuration: configuration)) {
                RawHitHandler(hits, images: images.shelf(for: $0))
            }
        }
    }

    /// `10 s`, `2.5 s`.
    static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        let millis = attoseconds / 1_000_000_000_000_000
        return millis == 0 ? "\(whole) s" : "\(Double(whole) + Double(millis) / 1000) s"
    }
}
