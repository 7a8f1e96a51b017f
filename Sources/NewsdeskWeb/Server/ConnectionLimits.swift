/// How long a connection may take over each part of a request, and how many may be open: what keeps slow or
/// idle clients from holding the server (`--header-timeout`, `--body-timeout`, `--idle-timeout`,
/// `--max-connections`).
public struct ConnectionLimits: Sendable, Equatable {
    /// From connecting, or from the first byte after a response, until the request's head is complete.
    public var headerTimeout: Duration
    /// From the request's head until its body is complete.
    public var bodyTimeout: Duration
    /// How long a kept-alive connection may wait for its next request.
    public var idleTimeout: Duration
    /// The most connections open at once; `nil` derives it from the open-file limit
    /// (`DescriptorLimit.connectionCap`).
    public var maxConnections: Int?

    /// Limits; by default 10 s for a head, 60 s for a body, 60 s idle, connections by the open-file limit.
    public init(
        headerTimeout: Duration = .seconds(10), bodyTimeout: Duration = .seconds(60),
        idleTimeout: Duration = .seconds(60), maxConnections: Int? = nil
    ) {
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
    }
}
