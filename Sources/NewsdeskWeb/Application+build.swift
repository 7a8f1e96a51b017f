import Hummingbird
import Logging
import NewsdeskCore
import NewsdeskStore
import ServiceLifecycle

/// Builds the Newsdesk web application on an opened store: public pages, comments, static files.
///
/// The store's background work, the change watcher and the scheduled publisher run as services of the
/// application; migrations run before the server accepts connections, and before the last two start polling.
public func buildApplication(
    configuration: AppConfiguration,
    store: SQLStore,
    theme: Theme,
    cache: PageCache? = nil,
    logger: Logger,
    beforeServing: @escaping @Sendable () async throws -> Void = {}
) -> some ApplicationProtocol {
    let cache = cache ?? PageCache(byteLimit: configuration.pageCacheBytes)
    let site = SiteContext(store: store, theme: theme, cache: cache, configuration: configuration)
    let router = buildRouter(site: site, logger: logger)
    let schema = SchemaGate()
    let changes = ChangeApplier(cache: cache)
    store.onCommit(changes.committedHere)
    let observer = RequestObserver(trustedProxies: configuration.trustedProxies, metrics: RequestMetrics())
    let serverName = "Newsdesk"
    var app = Application(
        responder: ObservedResponder(
            inner: CacheFirstResponder(cache: cache, fallback: router.buildResponder()), observer: observer),
        server: .guarded(
            configuration.connectionLimits, logger: logger, answeringHitsFrom: cache, observer: observer,
            serverName: serverName),
        // A deep accept queue (the system caps it at net.core.somaxconn): in a flood of connections a reader's
        // waits its turn there instead of having its handshake dropped and retried a second or more later.
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: serverName, backlog: 4096),
        services: [
            StoreService(store: store),
            schema.afterMigrations(
                ChangeWatcher(
                    store: store, applier: changes, interval: configuration.changePollInterval, logger: logger)),
            schema.afterMigrations(
                SchedulePublisher(store: store, interval: configuration.schedulePollInterval, logger: logger)),
        ],
        logger: logger
    )
    app.beforeServerStarts {
        try await store.migrate()
        schema.open()
        try await beforeServing()
    }
    return app
}

/// The routes and middleware, apart from the server, so router tests can use them directly.
func buildRouter(site: SiteContext, logger: Logger) -> Router<NewsdeskRequestContext> {
    let router = Router(context: NewsdeskRequestContext.self)
    router.add(middleware: RoutePatternMiddleware())
    router.add(middleware: ErrorPageMiddleware(site: site))
    router.add(middleware: NULAddressMiddleware())
    router.add(middleware: RedirectMiddleware(site: site))
    // Each FileMiddleware looks for a file only after the ones added after it found none: the last added wins.
    for directory in site.theme.staticDirectories.reversed() {
        router.add(
            middleware: FileMiddleware(
                directory, urlBasePath: "/static",
                cacheControl: .init([(MediaType(type: .any), [.maxAge(86_400), .public])]),
                logger: logger))
    }
    HealthController<NewsdeskRequestContext>(probe: ReadinessProbe(store: site.store, logger: logger))
        .addRoutes(to: router)
    let pages = PostPageController<NewsdeskRequestContext>(site: site)
    let listings = ListingController<NewsdeskRequestContext>(site: site)
    listings.addRoutes(to: router)
    SearchController(site: site, listings: listings).addRoutes(to: router)
    SourcesController<NewsdeskRequestContext>(site: site).addRoutes(to: router)
    FeedController<NewsdeskRequestContext>(site: site).addRoutes(to: router)
    SitemapController<NewsdeskRequestContext>(site: site).addRoutes(to: router)
    MediaController<NewsdeskRequestContext>(site: site).addRoutes(to: router)
    pages.addRoutes(to: router)
    CommentController(site: site, pages: pages).addRoutes(to: router)
    addAdminRoutes(to: router, site: site)
    return router
}

/// Runs the store's background work (PostgreSQL's connection pool) for as long as the application runs.
struct StoreService: Service {
    let store: SQLStore

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await store.run()
        }
    }
}
