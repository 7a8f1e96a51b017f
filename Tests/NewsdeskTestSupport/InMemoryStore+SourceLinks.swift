import Foundation
import NewsdeskCore

extension InMemoryStore: SourceLinkStore {
    /// How many checks of one address are kept, as `SQLStore.sourceChecksKept`.
    static let sourceChecksKept = 120

    public func claimSourcesDue(checkedBefore: Date, limit: Int, now: Date, leaseUntil: Date) async throws
        -> [SourceLink]
    {
        try write(touching: nil) { state in
            let cited = Set(
                state.posts.values.filter { $0.post.status == .published }.compactMap(\.post.clipping?.sourceURL)
                    .filter { !$0.isEmpty })
            for url in cited.sorted() { state.sourceLinkID(for: url, kind: .source) }
            let due = state.sourceLinks.values.filter { stored in
                (stored.claimedUntil.map { $0 < now } ?? true)
                    && (stored.link.lastCheckedAt.map { $0 <= checkedBefore } ?? true || stored.recheckRequested)
                    && (stored.link.kind != .source || cited.contains(stored.link.url))
            }
            let ordered = due.sorted { a, b in
                let keyA = (a.recheckRequested ? 0 : 1, a.link.lastCheckedAt?.timeIntervalSince1970 ?? -1, a.link.id)
                let keyB = (b.recheckRequested ? 0 : 1, b.link.lastCheckedAt?.timeIntervalSince1970 ?? -1, b.link.id)
                return keyA < keyB
            }
            let claimed = ordered.prefix(max(0, limit)).map(\.link.id)
            for id in claimed { state.sourceLinks[id]?.claimedUntil = leaseUntil.storedPrecision }
            return claimed.sorted().compactMap { state.sourceLinks[$0]?.link }
        }
    }

    public func registerLinks(_ urls: [String], kind: SourceLink.Kind) async throws {
        try write(touching: nil) { state in
            for url in Set(urls).sorted() where !url.isEmpty && url.utf8.count <= 2_000 {
                state.sourceLinkID(for: url, kind: kind)
            }
        }
    }

    @discardableResult
    public func recordSourceCheck(linkID: Int64, result: SourceProbeResult, at checkedAt: Date) async throws
        -> SourceLink
    {
        try write { state in
            guard var stored = state.sourceLinks[linkID] else {
                throw InMemoryStoreError.constraint("no source address \(linkID)")
            }
            let before = stored.link
            let check = SourceCheck(result: result, at: checkedAt.storedPrecision, after: stored.checks)
            stored.link = before.updated(by: check, after: stored.checks)
            stored.checks = Array((stored.checks + [check]).suffix(Self.sourceChecksKept))
            stored.recheckRequested = false
            stored.claimedUntil = nil
            state.sourceLinks[linkID] = stored
            let changes = before.standing == stored.link.standing ? [] : state.citingPostChanges(of: before.url)
            return (stored.link, changes)
        }
    }

    public func requestSourceCheck(linkID: Int64) async throws {
        try write(touching: nil) { state in
            state.sourceLinks[linkID]?.recheckRequested = true
            state.sourceLinks[linkID]?.claimedUntil = nil
        }
    }

    public func sourceReport(linkID: Int64) async throws -> SourceReport? {
        try read { state in
            guard let stored = state.sourceLinks[linkID] else { return nil }
            let citing = state.citingPosts(of: stored.link.url)
            return SourceReport(link: stored.link, posts: citing, archiveSave: stored.archiveSave)
        }
    }

    public func sourceChecks(linkID: Int64, limit: Int) async throws -> [SourceCheck] {
        try read { Array(($0.sourceLinks[linkID]?.checks ?? []).reversed().prefix(max(0, limit))) }
    }

    public func setSourceDecision(linkID: Int64, _ decision: SourceLink.Decision?) async throws {
        try write { state in
            guard var stored = state.sourceLinks[linkID] else {
                throw InMemoryStoreError.constraint("no source address \(linkID)")
            }
            let before = stored.link.standing
            stored.link.decision = decision
            state.sourceLinks[linkID] = stored
            return ((), before == stored.link.standing ? [] : state.citingPostChanges(of: stored.link.url))
        }
    }

    @discardableResult
    public func replaceSourceAddress(linkID: Int64, with newURL: String) async throws -> [Int64] {
        try write { state in
            guard let url = state.sourceLinks[linkID]?.link.url else {
                throw InMemoryStoreError.constraint("no source address \(linkID)")
            }
            var changed: [Int64] = []
            for var stored in state.postsByID where stored.post.clipping?.sourceURL == url {
                var post = stored.post
                post.clipping?.sourceURL = newURL
                stored.replace(with: post)
                try state.replace(stored)
                changed.append(stored.id)
            }
            return (changed, Set(changed.map { .post(id: $0) }))
        }
    }

    public func problemSourceCount() async throws -> Int {
        try read { state in
            state.sourceLinks.values.filter {
                [.gone, .soft404, .moved].contains($0.link.verdict) && $0.link.decision == nil
                    && state.citesPublished($0.link.url)
            }.count
        }
    }

    public func recordArchiveSave(url: String, status: Int, at: Date) async throws {
        try write(touching: nil) { state in
            let id = state.sourceLinkID(for: url, kind: .source)
            state.sourceLinks[id]?.archiveSave = ArchiveSave(at: at.storedPrecision, status: status)
        }
    }
}
