import Logging
import NewsdeskStore

/// How a Newsdesk server runs. `newsdesk serve` fills it in from its flags, then the `NEWSDESK_*` environment
/// variables, then defaults (`ServeCommand`); tests build one directly.
public struct AppConfiguration: Sendable {
    /// The address to listen on.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// Where the data lives.
    public var database: DatabaseLocation
    /// The public origin for canonical links; `nil` uses the blog's setting, else `http://host:port`.
    public var baseURL: String?
    /// How often to look for changes written by other servers or the CLI.
    public var changePollInterval: Duration
    /// How often to look for scheduled posts whose time has come.
    public var schedulePollInterval: Duration
    /// The proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`); none by default.
    public var trustedProxies: TrustedProxies
    /// Time limits on each part of a request, and the cap on open connections.
    public var connectionLimits: ConnectionLimits
    /// Mark cookies Secure (when the blog is served over https).
    public var secureCookies: Bool
    /// Let outgoing requests (the editor's Fetch, the comment webhook) reach private, loopback and link-local
    /// addresses (off: neither must become a way to reach the server's own network).
    public var allowPrivateOutgoing: Bool
    /// How the server checks clipped stories' addresses (`--source-check-interval`, `--source-check-limit`);
    /// off unless set, so an application built in a test sends nothing out. `serve` checks daily by default.
    public var sourceChecks = SourceCheckSchedule.off
    /// The most memory rendered pages may take, in bytes (`--page-cache-mb`).
    public var pageCacheBytes: Int = PageCache.defaultByteLimit
    /// Where the server logs.
    public var logger: Logger
    /// Writes request lines straight to the server's log handler, when it can take them (``RequestLogLine``);
    /// otherwise they go through `logger`.
    public var requestLineWriter: RequestLogLine.Writer?

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseLocation = .defaultLocation,
        baseURL: String? = nil,
        changePollInterval: Duration = .milliseconds(250),
        schedulePollInterval: Duration = .seconds(5),
        trustedProxies: TrustedProxies = TrustedProxies(),
        connectionLimits: ConnectionLimits = ConnectionLimits(),
        secureCookies: Bool = false,
        allowPrivateOutgoing: Bool = false,
        logger: Logger = Logger(label: "newsdesk")
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.baseURL = baseURL
        self.changePollInterval = changePollInterval
        self.schedulePollInterval = schedulePollInterval
        self.trustedProxies = trustedProxies
        self.connectionLimits = connectionLimits
        self.secureCookies = secureCookies
        self.allowPrivateOutgoing = allowPrivateOutgoing
        self.logger = logger
    }
}
