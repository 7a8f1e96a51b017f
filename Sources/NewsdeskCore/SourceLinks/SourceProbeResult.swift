/// What the checker's requests to one address gave, before any judgement: the redirects followed, the final
/// status and address, the page's title when it was read, or why nothing answered.
public struct SourceProbeResult: Sendable, Equatable {
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
    public var redirects: [HTTPRedirect]
    /// The final status; 0 when `failure` is set.
    public var finalStatus: Int
    /// The address that gave the final status.
    public var finalURL: String
    /// The page's `<title>`, when a page was read.
    public var title: String?
    /// Why nothing answered, if so.
    public var failure: Failure?

    public init(
        url: String, redirects: [HTTPRedirect] = [], finalStatus: Int = 0, finalURL: String? = nil,
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
