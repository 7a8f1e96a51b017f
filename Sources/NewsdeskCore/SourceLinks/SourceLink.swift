import Foundation

/// One checked address and where its checks stand: what the admin's Sources page lists.
public struct SourceLink: Sendable, Equatable, Codable {
    /// Where the address was found.
    public enum Kind: String, Sendable, Codable {
        /// A clipped story's source address.
        case source
        /// A link in a post's commentary (checked with `--all-links`).
        case link
    }

    /// What the editor decided about a broken or moved address.
    public enum Decision: String, Sendable, Codable {
        /// Leave the link as it is and show readers nothing.
        case keep
    }

    /// The database id.
    public var id: Int64
    /// The address as the posts cite it.
    public var url: String
    /// A source or a commentary link.
    public var kind: Kind
    /// The verdict from every check so far.
    public var verdict: SourceVerdict
    /// The last check's final status; 0 when nothing answered or never checked.
    public var lastStatus: Int
    /// The last check's final address after redirects.
    public var finalURL: String?
    /// How many checks in a row have failed.
    public var consecutiveFailures: Int
    /// When it was last checked.
    public var lastCheckedAt: Date?
    /// When the current run of failures began; `nil` while it works.
    public var brokenSince: Date?
    /// The editor's decision, if any.
    public var decision: Decision?

    public init(
        id: Int64, url: String, kind: Kind = .source, verdict: SourceVerdict = .unchecked, lastStatus: Int = 0,
        finalURL: String? = nil, consecutiveFailures: Int = 0, lastCheckedAt: Date? = nil,
        brokenSince: Date? = nil, decision: Decision? = nil
    ) {
        self.id = id
        self.url = url
        self.kind = kind
        self.verdict = verdict
        self.lastStatus = lastStatus
        self.finalURL = finalURL
        self.consecutiveFailures = consecutiveFailures
        self.lastCheckedAt = lastCheckedAt
        self.brokenSince = brokenSince
        self.decision = decision
    }

    /// What readers are shown about this address: nothing unless it is broken or moved and the editor has not
    /// chosen to keep it as it is.
    public var standing: SourceStanding? {
        guard decision != .keep else { return nil }
        switch verdict {
        case .gone, .soft404: return .broken
        case .moved: return finalURL.map { .moved(to: $0) }
        case .unchecked, .ok, .blocked, .failing: return nil
        }
    }

    /// The link after `check`, given the checks before it (oldest first, `check` not among them).
    public func updated(by check: SourceCheck, after earlier: [SourceCheck]) -> SourceLink {
        var link = self
        link.verdict = check.verdict
        link.lastStatus = check.status
        link.finalURL = check.finalURL
        link.lastCheckedAt = check.checkedAt
        link.consecutiveFailures = check.observation.isFailure ? consecutiveFailures + 1 : 0
        let sightings = (earlier + [check]).map { Sighting(at: $0.checkedAt, observation: $0.observation) }
        link.brokenSince =
            check.observation.isFailure ? (brokenSince ?? SourceVerdictRules.brokenSince(sightings)) : nil
        return link
    }
}

/// What readers see about a clipped story's address.
public enum SourceStanding: Sendable, Equatable, Hashable {
    /// The story is gone; readers are offered an archived copy.
    case broken
    /// The story moved for good; links go to the new address.
    case moved(to: String)
}
