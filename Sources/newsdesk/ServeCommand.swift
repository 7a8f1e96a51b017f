import ArgumentParser
import Hummingbird
import NewsdeskCore
import NewsdeskStore
import NewsdeskWeb
import ServiceLifecycle

/// `newsdesk serve`: runs the blog's web server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the blog over HTTP."
    )

    @Option(help: "The address to listen on (default $NEWSDESK_HOST, else 127.0.0.1).")
    var host: String?

    @Option(help: "The port to listen on (default $NEWSDESK_PORT, else 8080).")
    var port: Int?

    @Option(
        help: ArgumentHelp(
            "The public origin used in canonical links, e.g. https://blog.example.com.",
            discussion: "Default $NEWSDESK_BASE_URL, else the blog's setting, else http://host:port.",
            valueName: "url"))
    var baseURL: String?

    @Flag(
        inversion: .prefixedNo,
        help: "Mark cookies Secure, for a blog served over https (default $NEWSDESK_SECURE_COOKIES=1, else off).")
    var secureCookies: Bool?

    @Option(
        help: ArgumentHelp(
            "The most memory, in MiB, that rendered pages and feeds kept for readers may take.",
            discussion: "Past it the least recently read pages are dropped. Default $NEWSDESK_PAGE_CACHE_MB, else 64.",
            valueName: "MiB"))
    var pageCacheMB: Int?

    @Flag(
        inversion: .prefixedNo,
        help: ArgumentHelp(
            "Load the reference post (War News Updates, January 17, 2011) and its comments into an empty database.",
            discussion: "Default $NEWSDESK_DEMO=1, else off."))
    var demo: Bool?

    @Option(
        help: ArgumentHelp(
            "A theme folder whose templates/*.mustache and static/ files replace the default theme's.",
            discussion: """
                Files the folder lacks come from the default theme. Templates are read at start. Default \
                $NEWSDESK_THEME, else the default theme.
                """,
            valueName: "dir"))
    var theme: String?

    @OptionGroup var network: ServeNetworkOptions

    @OptionGroup var operations: ServeOperationsOptions

    @OptionGroup var sourceChecks: ServeSourceCheckOptions

    @OptionGroup var options: DatabaseOptions

    /// The settings after flags, then environment variables, then defaults.
    private struct Settings {
        var host: String
        var port: Int
        var baseURL: String?
        var secureCookies: Bool
        var pageCacheMB: Int
        var demo: Bool
        var theme: String?
    }

    private func settings() throws -> Settings {
        let environment = EnvironmentSettings()
        if let port, !(1...65_535).contains(port) { throw ValidationError("--port must be between 1 and 65535.") }
        if let pageCacheMB, !(1...65_536).contains(pageCacheMB) {
            throw ValidationError("--page-cache-mb must be a whole number of MiB from 1 to 65536.")
        }
        return Settings(
            host: host ?? environment.text("NEWSDESK_HOST") ?? "127.0.0.1",
            port: try port ?? environment.number("NEWSDESK_PORT", in: 1...65_535) ?? 8080,
            baseURL: baseURL ?? environment.text("NEWSDESK_BASE_URL"),
            secureCookies: try secureCookies ?? environment.isOn("NEWSDESK_SECURE_COOKIES") ?? false,
            pageCacheMB: try pageCacheMB ?? environment.number("NEWSDESK_PAGE_CACHE_MB", in: 1...65_536)
                ?? PageCache.defaultByteLimit >> 20,
            demo: try demo ?? environment.isOn("NEWSDESK_DEMO") ?? false,
            theme: theme ?? environment.text("NEWSDESK_THEME"))
    }

    func validate() throws {
        _ = try settings()
    }

    func run() async throws {
        let logger = try options.makeLogger()
        let chosen = try settings()
        var settings = AppConfiguration(
            host: chosen.host, port: chosen.port, database: options.location, baseURL: chosen.baseURL,
            trustedProxies: try network.trustedProxies(), connectionLimits: try network.connectionLimits(),
            secureCookies: chosen.secureCookies, allowPrivateOutgoing: try network.allowsPrivateOutgoing(),
            logger: logger)
        settings.pageCacheBytes = chosen.pageCacheMB << 20
        settings.sourceChecks = try sourceChecks.schedule()
        if let handler = logger.handler as? ServerLogHandler, handler.metadata.isEmpty {
            settings.requestLineWriter = { handler.write($0) }
        }
        let configuration = settings
        let metricsAddress = try operations.metricsAddress()
        let drainTime = try operations.drainDuration()
        // Before anything counts: a metric made earlier would count into nothing.
        let registry = metricsAddress.map { _ in MetricsEndpoint.bootstrap() }
        let workers = try await WorkerThreads.start(niceness: try operations.workerNiceness(), logger: logger)
        let store: SQLStore
        do {
            store = try await SQLStore.open(
                configuration.database, logger: logger, answerWithin: Self.databaseTimeLimit,
                threadPool: workers.databasePool)
        } catch {
            await workers.shutdown()
            throw error
        }
        let theme: Theme
        do {
            theme = try await Theme.load(overriding: chosen.theme)
        } catch {
            await store.close()
            await workers.shutdown()
            throw error
        }
        let demo = chosen.demo
        let app = buildApplication(configuration: configuration, store: store, theme: theme, logger: logger) {
            logger.info("Serving \(configuration.database) on http://\(configuration.host):\(configuration.port)")
            if demo, let post = try await ReferenceBlog.load(into: store) {
                logger.info("Loaded the demo post at \(post.path)")
            }
        }
        var services: [any Service] = []
        if let metricsAddress, let registry {
            logger.info("Serving metrics on http://\(metricsAddress.host):\(metricsAddress.port)/metrics")
            services.append(
                MetricsEndpoint.application(
                    host: metricsAddress.host, port: metricsAddress.port, registry: registry, logger: logger))
        }
        // The blog's server is last, so a stop ends it first: it stops accepting, answers the requests in flight
        // (their comments committed), then the metrics listener and the store end.
        services.append(app)
        var group = ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = drainTime
        // The store is closed however the server ends: its connections must not outlive it. Every task the
        // services start (each connection's, each request's) prefers the worker threads; cache hits never leave
        // the event loops.
        do {
            try await workers.run { try await ServiceGroup(configuration: group).run() }
            logger.info("Stopped.")
        } catch is CancellationError {
            // A signal (SIGTERM, Ctrl-C) ended the server: a normal stop, not an error.
        } catch {
            await store.close()
            await workers.shutdown()
            if let sentence = ListenFailure.sentence(for: error, host: chosen.host, port: chosen.port) {
                throw CommandFailure(sentence)
            }
            throw error
        }
        await store.close()
        await workers.shutdown()
    }

    /// The longest a request waits for the database before it gets a 503: a request makes a few queries, and
    /// the whole answer must come within 2 s while the database does not answer.
    static let databaseTimeLimit: Duration = .seconds(1)
}
