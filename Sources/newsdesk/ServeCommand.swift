import ArgumentParser
import Hummingbird
import NewsdeskCore
import NewsdeskStore
import NewsdeskWeb

/// `newsdesk serve`: runs the blog's web server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the blog over HTTP."
    )

    @Option(help: "The address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port: Int = 8080

    @Option(help: "The public origin used in canonical links, e.g. https://blog.example.com.")
    var baseURL: String?

    @Flag(help: "Mark cookies Secure (set when the blog is served over https).")
    var secureCookies = false

    @Option(
        help: ArgumentHelp(
            "The most memory, in MiB, that rendered pages and feeds kept for readers may take.",
            discussion: "Past it the least recently read pages are dropped. Default 64.", valueName: "MiB"))
    var pageCacheMB: Int = PageCache.defaultByteLimit >> 20

    @Flag(help: "Load the reference post (War News Updates, January 17, 2011) and its comments into an empty database.")
    var demo = false

    @Option(
        help: ArgumentHelp(
            "A theme folder whose templates/*.mustache and static/ files replace the default theme's.",
            discussion: "Files the folder lacks come from the default theme. Templates are read at start.",
            valueName: "dir"))
    var theme: String?

    @OptionGroup var network: ServeNetworkOptions

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
        guard (1...65_536).contains(pageCacheMB) else {
            throw ValidationError("--page-cache-mb must be a whole number of MiB from 1 to 65536.")
        }
    }

    func run() async throws {
        let logger = try options.makeLogger()
        var settings = AppConfiguration(
            host: host, port: port, database: options.location, baseURL: baseURL,
            trustedProxies: try network.trustedProxies(), connectionLimits: try network.connectionLimits(),
            secureCookies: secureCookies, allowPrivateOutgoing: network.allowsPrivateOutgoing, logger: logger)
        settings.pageCacheBytes = pageCacheMB << 20
        let configuration = settings
        let store = try await SQLStore.open(configuration.database, logger: logger)
        let theme: Theme
        do {
            theme = try await Theme.load(overriding: self.theme)
        } catch {
            await store.close()
            throw error
        }
        let demo = self.demo
        let app = buildApplication(configuration: configuration, store: store, theme: theme, logger: logger) {
            logger.info("Serving \(configuration.database) on http://\(configuration.host):\(configuration.port)")
            if demo, let post = try await ReferenceBlog.load(into: store) {
                logger.info("Loaded the demo post at \(post.path)")
            }
        }
        // The store is closed however the server ends: its connections must not outlive it.
        do {
            try await app.runService()
        } catch is CancellationError {
            // A signal (SIGTERM, Ctrl-C) ended the server: a normal stop, not an error.
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
