/// What one check of a source address saw, reduced to what the verdict rules need.
public enum SourceObservation: String, Sendable, Codable, CaseIterable {
    /// A 2xx from a page that looks like the story.
    case ok
    /// A permanent redirect to another story address.
    case moved
    /// 410 Gone.
    case gone
    /// 404, or the host name no longer resolves.
    case notFound = "not-found"
    /// A 200 from the site's home page or a page titled "not found".
    case softNotFound = "soft-not-found"
    /// 401, 403, 429 or 451.
    case blocked
    /// Anything else that failed: a 5xx, a timeout, a reset, a redirect loop, an unexpected status.
    case failure

    /// Whether the check counts against the story.
    public var isFailure: Bool {
        switch self {
        case .notFound, .softNotFound, .failure, .gone: true
        case .ok, .moved, .blocked: false
        }
    }

    /// Classifies one probe's result.
    public init(_ result: SourceProbeResult) {
        if let failure = result.failure {
            switch failure {
            case .nameNotFound: self = .notFound
            // The checker was not allowed to look: that says nothing about the story.
            case .refused: self = .blocked
            case .timeout, .unreachable, .redirectLoop: self = .failure
            }
            return
        }
        let status = result.finalStatus
        switch status {
        case 410: self = .gone
        case 404: self = .notFound
        case 401, 403, 429, 451: self = .blocked
        case 200...299:
            let lookedFor = StoryAddress(result.url)
            let landed = StoryAddress(result.finalURL)
            if let landed, landed.isSiteRoot, lookedFor?.isSiteRoot == false {
                self = .softNotFound
            } else if let title = result.title, StoryAddress.titleSaysNotFound(title) {
                self = .softNotFound
            } else if let landed, landed.isErrorPage, lookedFor?.isErrorPage == false {
                self = .softNotFound
            } else if let landed, landed.isLoginPage, lookedFor?.isLoginPage == false {
                // A sign-in or subscription wall stands in front of the story: whether it is there is unknown.
                self = .blocked
            } else if let first = result.redirects.first, first.isPermanent, let landed,
                landed.isStory, landed != lookedFor
            {
                self = .moved
            } else {
                self = .ok
            }
        default: self = .failure
        }
    }
}
