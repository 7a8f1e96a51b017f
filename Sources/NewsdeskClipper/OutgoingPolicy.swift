/// The limits every outgoing request works within, the editor's Fetch and the comment webhook alike: where it
/// may connect, how long it may take and how much it may read.
public struct OutgoingPolicy: Sendable, Equatable {
    /// How long one request may take: name lookups, redirects and the body included.
    public var timeout: Duration
    /// The largest answer read, in bytes.
    public var maxBytes: Int
    /// How many redirects are followed.
    public var maxRedirects: Int
    /// The non-public address scopes that may be connected to anyway; none in production unless the server
    /// is started with `--allow-private-outgoing`.
    public var allowedAddressScopes: Set<AddressScope>
    /// Tests only: addresses treated as public, so a local server can stand in for a site on the Internet
    /// while every other local address stays refused.
    var addressesTreatedAsPublic: Set<IPAddress> = []
    /// The `User-Agent` sent when a request names none, so sites can tell what called them.
    public var userAgent: String

    /// A policy; by default 5 seconds, 2 MB, 5 redirects, public addresses only.
    public init(
        timeout: Duration = .seconds(5), maxBytes: Int = 2 * 1024 * 1024, maxRedirects: Int = 5,
        allowPrivateAddresses: Bool = false, userAgent: String = "Newsdesk/1.0 (+clip)"
    ) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.allowedAddressScopes = allowPrivateAddresses ? AddressScope.nonPublic : []
        self.userAgent = userAgent
    }

    /// Whether every non-public address may be reached: loopback, private networks, link-local and the rest.
    public var allowPrivateAddresses: Bool {
        get { allowedAddressScopes.isSuperset(of: AddressScope.nonPublic) }
        set { allowedAddressScopes = newValue ? AddressScope.nonPublic : [] }
    }

    /// Whether a request may connect to `address`.
    public func allows(_ address: IPAddress) -> Bool {
        let scope = address.scope
        return scope == .public || allowedAddressScopes.contains(scope) || addressesTreatedAsPublic.contains(address)
    }
}
