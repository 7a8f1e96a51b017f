/// One redirect an outgoing request followed, so a caller can tell a story that moved for good (301, 308) from
/// one passed on for now (302, 303, 307).
public struct HTTPRedirect: Sendable, Equatable {
    /// The redirect's status: 301, 302, 303, 307 or 308.
    public var status: Int
    /// Where it pointed, resolved against the address that answered.
    public var location: String

    /// Whether the redirect says the resource lives elsewhere for good.
    public var isPermanent: Bool { status == 301 || status == 308 }

    /// A redirect with `status` to `location`.
    public init(status: Int, location: String) {
        self.status = status
        self.location = location
    }
}
