import Logging
import NewsdeskStore

/// How a Newsdesk server runs: read from flags, then the environment, then defaults.
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
    /// Take the client address from `X-Forwarded-For` (only behind a proxy you run).
    public var trustForwardedFor: Bool
    /// Mark cookies Secure (when the blog is served over https).
    public var secureCookies: Bool
    /// Let "Fetch" in the post editor reach private, loopback and link-local addresses (off: a clip must not
    /// become a way to read the server's own network).
    public var clipPrivateAddresses: Bool
    /// The most memory rendered pages may take, in bytes (`--page-cache-mb`).
    public var pageCacheBytes: Int = PageCache.defaultByteLimit
    /// Where the server logs.
    public var logger: Logger

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseLocation = .defaultLocation,
        baseURL: String? = nil,
        changePollInterval: Duration = .milliseconds(250),
        schedulePollInterval: Duration = .seconds(5),
        trustForwardedFor: Bool = false,
        secureCookies: Bool = false,
        clipPrivateAddresses: Bool = false,
        logger: Logger = Logger(label: "newsdesk")
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.baseURL = baseURL
        self.changePollInterval = changePollInterval
        self.schedulePollInterval = schedulePollInterval
        self.trustForwardedFor = trustForwardedFor
        self.secureCookies = secureCookies
        self.clipPrivateAddresses = clipPrivateAddresses
        self.logger = logger
    }
}
