import Hummingbird
import Logging
import NewsdeskCore
import NewsdeskStore
import ServiceLifecycle

/// Builds the Newsdesk web application on an opened store: public pages, comments, static files.
///
/// The store's background work, the change watcher, the scheduled publisher and the source checker run as
/// services of the application; migrations run before the server accepts connections, and before the last
/// three start polling.
public func buildApplication(
    configuration: AppConfiguration,
    store: any ServedStorage,
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
    let observer = RequestObserver(
        trustedProxies: configuration.trustedProxies, metrics: RequestMetrics(),
        lineWriter: configuration.requestLineWriter)
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
                SchedulePublisher(
                    store: store, interval: configuration.schedulePollInterval, logger: logger,
                    archiveSaver: site.archiveSaver)),
            schema.afterMigrations(
                SourceCheckService(
                    store: store, reader: site.reader, schedule: configuration.sourceChecks,
                    allowPrivateOutgoing: configuration.allowPrivateOutgoing, logger: logger)),
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

/// The routes and middleware, apart from the server, so router tests can use them directly. Each controller and
/// middleware gets only the parts it uses.
func buildRouter(site: SiteContext, logger: Logger) -> Router<NewsdeskRequestContext> {
    let router = Router(context: NewsdeskRequestContext.self)
    let (reader, store, theme, cache) = (site.reader, site.store, site.theme, site.cache)
    let errorPages = ErrorPageMiddleware<NewsdeskRequestContext>(reader: reader, theme: theme, cache: cache)
    router.add(middleware: RoutePatternMiddleware())
    router.add(middleware: errorPages)
    router.add(middleware: NULAddressMiddleware())
    router.add(middleware: RedirectMiddleware(reader: reader))
    // Each FileMiddleware looks for a file only after the ones added after it found none: the last added wins.
    for directory in theme.staticDirectories.reversed() {
        router.add(
            middleware: FileMiddleware(
                directory, urlBasePath: "/static",
                cacheControl: .init([(MediaType(type: .any), [.maxAge(86_400), .public])]),
                logger: logger))
    }
    HealthController<NewsdeskRequestContext>(probe: ReadinessProbe(store: store, logger: logger))
        .addRoutes(to: router)
    let listings = ListingController<NewsdeskRequestContext>(
        reader: reader, store: store, theme: theme, cache: cache, markdown: site.markdown)
    listings.addRoutes(to: router)
    SearchController(reader: reader, discovery: store, theme: theme, listings: listings).addRoutes(to: router)
    SourcesController<NewsdeskRequestContext>(reader: reader, discovery: store, theme: theme, cache: cache)
        .addRoutes(to: router)
    FeedController<NewsdeskRequestContext>(
        discovery: store, cache: cache, feeds: FeedBuilder(reader: reader, store: store, markdown: site.markdown)
    ).addRoutes(to: router)
    SitemapController<NewsdeskRequestContext>(reader: reader, discovery: store, cache: cache).addRoutes(to: router)
    MediaController<NewsdeskRequestContext>(store: store).addRoutes(to: router)
    let pages = site.postPages
    PostPageController<NewsdeskRequestContext>(renderer: pages, cache: cache).addRoutes(to: router)
    CommentController(
        pages: pages,
        intake: CommentIntake(comments: store, secrets: site.secrets, notifier: site.notifier, reader: reader),
        errorPages: errorPages, secureCookies: site.configuration.secureCookies,
        trustedProxies: site.configuration.trustedProxies
    ).addRoutes(to: router)
    APIRoutes.add(to: router, site: site)
    addAdminRoutes(to: router, site: site)
    addAdminAPIRoutes(to: router, site: site)
    MicropubController(
        reader: reader, store: store, editing: PostEditing(store: store, archiveSaver: site.archiveSaver),
        images: ImageUploads(store: store), clipper: site.clipper,
        tokens: BearerTokenMiddleware(
            tokens: store, failures: store, trustedProxies: site.configuration.trustedProxies)
    ).addRoutes(to: router)
    return router
}

/// Runs the store's background work (PostgreSQL's connection pool) for as long as the application runs.
struct StoreService: Service {
    let store: any StoreLifecycle

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            try await store.run()
        }
    }
}
