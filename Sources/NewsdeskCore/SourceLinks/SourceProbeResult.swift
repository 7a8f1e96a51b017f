/// What the checker's requests to one address gave, before any judgement: the redirects followed, the final
/// status and address, the page's title when it was read, or why nothing answered.
public struct SourceProbeResult: Sendable, Equatable {
    /// One redirect followed.
    public struct Redirect: Sendable, Equatable {
        /// 301, 302, 303, 307 or 308.
        public var status: Int
        /// Where it pointed, resolved against the address that answered.
        public var location: String

        /// Whether the redirect says the story lives elsewhere for good.
        public var isPermanent: Bool { status == 301 || status == 308 }

        public init(status: Int, location: String) {
            self.status = status
            self.location = location
        }
    }

    /// Why no final status came back.
    public enum Failure: String, Sendable, Equatable, Codable {
        /// The host name does not resolve.
        case nameNotFound = "name-not-found"
        /// No answer within the time limit.
        case timeout
        /// The connection was refused or reset, or TLS failed.
        case unreachable
        /// The redirects went round in a loop or past the limit.
        case redirectLoop = "redirect-loop"
        /// The address is on a network the outgoing policy refuses; never counted against the story.
        case refused
    }

    /// The address checked.
    public var url: String
    /// The redirects followed, in order.
    public var redirects: [Redirect]
    /// The final status; 0 when `failure` is set.
    public var finalStatus: Int
    /// The address that gave the final status.
    public var finalURL: String
    /// The page's `<title>`, when a page was read.
    public var title: String?
    /// Why nothing answered, if so.
    public var failure: Failure?

    public init(
        url: String, redirects: [Redirect] = [], finalStatus: Int = 0, finalURL: String? = nil,
        title: String? = nil, failure: Failure? = nil
    ) {
        self.url = url
        self.redirects = redirects
        self.finalStatus = finalStatus
        self.finalURL = finalURL ?? redirects.last?.location ?? url
        self.title = title
        self.failure = failure
    }
}
