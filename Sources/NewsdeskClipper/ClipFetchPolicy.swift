/// The limits of one clip fetch.
public struct ClipFetchPolicy: Sendable, Equatable {
    /// How long the whole fetch may take: name lookup, redirects and the body included.
    public var timeout: Duration
    /// The largest page read, in bytes.
    public var maxBytes: Int
    /// How many redirects are followed.
    public var maxRedirects: Int
    /// The non-public address scopes the fetcher may connect to anyway; none in production, loopback for
    /// tests against a local server.
    public var allowedAddressScopes: Set<AddressScope>
    /// The `User-Agent` sent, so outlets can tell what fetched their page.
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

    /// Whether every non-public address may be fetched: loopback, private networks, link-local and the rest.
    public var allowPrivateAddresses: Bool {
        get { allowedAddressScopes.isSuperset(of: AddressScope.nonPublic) }
        set { allowedAddressScopes = newValue ? AddressScope.nonPublic : [] }
    }

    /// Whether the fetcher may connect to `address`.
    public func allows(_ address: IPAddress) -> Bool {
        let scope = address.scope
        return scope == .public || allowedAddressScopes.contains(scope)
    }
}
