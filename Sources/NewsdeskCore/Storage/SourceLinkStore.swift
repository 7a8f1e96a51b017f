import Foundation

/// The source checker's records: which addresses are due, what each check saw, and the editor's decisions.
/// Implemented by the SQL store on SQLite and PostgreSQL.
public protocol SourceLinkStore: Sendable {
    /// Claims up to `limit` addresses not checked since `checkedBefore` (never-checked first), so that no other
    /// server checks them until `leaseUntil`. Every published post's source address is registered first.
    /// Several servers on one database never get the same address.
    func claimSourcesDue(checkedBefore: Date, limit: Int, now: Date, leaseUntil: Date) async throws -> [SourceLink]
    /// Registers addresses found in commentary, so they are checked too.
    func registerLinks(_ urls: [String], kind: SourceLink.Kind) async throws
    /// Records what a check of the address with `linkID` saw at `checkedAt`, works out the new verdict from its
    /// history, releases the claim, and returns the link as it now stands. Posts citing it change for readers
    /// when what they are shown changes.
    @discardableResult
    func recordSourceCheck(linkID: Int64, result: SourceProbeResult, at checkedAt: Date) async throws -> SourceLink
    /// Makes the address with `linkID` due now: the next run checks it.
    func requestSourceCheck(linkID: Int64) async throws
    /// Addresses with their citing posts, worst first: broken ones (newest posts first), then moved, then the
    /// rest when `onlyProblems` is false.
    func sourceReports(onlyProblems: Bool, limit: Int) async throws -> [SourceReport]
    /// One address with the posts citing it (whatever their state); `nil` when there is none.
    func sourceReport(linkID: Int64) async throws -> SourceReport?
    /// The checks of one address, newest first.
    func sourceChecks(linkID: Int64, limit: Int) async throws -> [SourceCheck]
    /// Sets or clears the editor's decision.
    func setSourceDecision(linkID: Int64, _ decision: SourceLink.Decision?) async throws
    /// Rewrites every post citing the address with `linkID` to cite `newURL` instead (accepting a move, or a
    /// replacement the editor typed); returns the posts changed.
    @discardableResult
    func replaceSourceAddress(linkID: Int64, with newURL: String) async throws -> [Int64]
    /// How many sources readers are now sent to an archive for, or to a new address.
    func problemSourceCount() async throws -> Int
    /// Records what the archive answered when asked to save `url` at publish time.
    func recordArchiveSave(url: String, status: Int, at: Date) async throws
}

/// An address and the posts citing it, for the admin's Sources page.
public struct SourceReport: Sendable, Equatable {
    /// The address and its standing.
    public var link: SourceLink
    /// The posts citing it, newest first: id, title and path.
    public var posts: [CitingPost]
    /// When the archive last saved it at publish time, and what it answered.
    public var archiveSave: ArchiveSave?

    public init(link: SourceLink, posts: [CitingPost], archiveSave: ArchiveSave? = nil) {
        self.link = link
        self.posts = posts
        self.archiveSave = archiveSave
    }
}

/// What the archive answered when asked to save an address at publish time, and when.
public struct ArchiveSave: Sendable, Equatable {
    public var at: Date
    /// The HTTP status; 0 when nothing answered.
    public var status: Int

    public init(at: Date, status: Int) {
        self.at = at
        self.status = status
    }
}

/// A post citing a checked address.
public struct CitingPost: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var path: String
    public var publishedAt: Date?

    public init(id: Int64, title: String, path: String, publishedAt: Date?) {
        self.id = id
        self.title = title
        self.path = path
        self.publishedAt = publishedAt
    }
}
