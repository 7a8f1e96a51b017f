import Foundation
import NewsdeskCore

/// Everything an ``InMemoryStore`` holds, table by table as the SQL schema has them.
///
/// A value, so that a write works on a copy and keeps it only when it succeeds: the all-or-nothing of the SQL
/// store's transactions, with nothing to undo by hand.
struct InMemoryState: Sendable {
    /// A failed sign-in (`login_failures`).
    struct LoginFailure: Sendable {
        let email: String
        let address: String
        let at: Date
    }

    /// An uploaded image with its bytes (`media`).
    struct Media: Sendable {
        let media: StoredMedia
        let bytes: [UInt8]
    }

    /// A user with their password hash (`users`).
    struct UserRecord: Sendable {
        var user: User
        var passwordHash: String
    }

    /// An API token with the hash of its secret (`api_tokens`).
    struct APITokenRecord: Sendable {
        var token: APIToken
        let secretHash: String
    }

    /// The saved settings; `nil` until the first save, when readers get the defaults.
    var blog: Blog?
    /// Authors in id order: an author's id is its place plus one, as SQL's counter hands them out.
    var authors: [Author] = []
    var authorIDs: [String: Int64] = [:]
    var posts: [Int64: InMemoryPost] = [:]
    /// The unique columns of `posts`, indexed as the database indexes them: an import checks every post.
    var postIDsByPath: [String: Int64] = [:]
    var postIDsBySourceKey: [String: Int64] = [:]
    var comments: [Int64: InMemoryComment] = [:]
    /// The moderation log, oldest first (its order is the SQL table's id order).
    var moderation: [ModerationRecord] = []
    var redirects: [String: String] = [:]
    var formNonces: Set<String> = []
    var siteSecrets: [String: String] = [:]
    var users: [Int64: UserRecord] = [:]
    var sessions: [String: AdminSession] = [:]
    var loginFailures: [LoginFailure] = []
    var apiTokens: [Int64: APITokenRecord] = [:]
    var media: [String: Media] = [:]
    /// The source checker's records by id.
    var sourceLinks: [Int64: InMemorySourceLink] = [:]
    var nextSourceLinkID: Int64 = 1
    /// The unique `url` column of `source_links`, indexed as the database indexes it: every post read looks its
    /// source up.
    var sourceLinkIDsByURL: [String: Int64] = [:]
    /// The next ids to hand out: never one used before, as SQLite's AUTOINCREMENT and PostgreSQL's identity.
    var nextPostID: Int64 = 1
    var nextCommentID: Int64 = 1
    var nextUserID: Int64 = 1
    var nextAPITokenID: Int64 = 1
    /// The change counter, when it last moved, and what each generation touched.
    var generation: Int64 = 0
    var changedAt: Date?
    var changeLog: [ChangeLog.Entry] = []

    /// How many generations the log keeps, as ``SQLStore`` keeps them.
    static let changeLogKept: Int64 = 10_000

    /// Advances the counter and logs `changes` under the new generation.
    mutating func record(_ changes: Set<StoreChange>, at now: Date) -> CommittedChange {
        generation += 1
        changedAt = now
        // Sorted only so that the log reads the same from run to run; a generation's records have no order.
        for change in changes.sorted(by: { $0.recorded < $1.recorded }) {
            changeLog.append(ChangeLog.Entry(generation: generation, change: change))
        }
        if generation % 1_000 == 0 {
            changeLog.removeAll { $0.generation <= generation - Self.changeLogKept }
        }
        return CommittedChange(generation: generation, changes: changes)
    }

    /// Posts in id order.
    var postsByID: [InMemoryPost] {
        posts.values.sorted { $0.id < $1.id }
    }

    /// The author with this name, added when missing (`INSERT … ON CONFLICT DO NOTHING`).
    mutating func authorID(named name: String, profileURL: String? = nil) -> Int64 {
        if let id = authorIDs[name] { return id }
        let id = Int64(authors.count + 1)
        authors.append(Author(id: id, displayName: name, profileURL: profileURL))
        authorIDs[name] = id
        return id
    }

    /// A stored post as readers get it, its author joined in.
    func post(_ stored: InMemoryPost) -> Post {
        var post = stored.post
        if let id = stored.authorID, authors.indices.contains(Int(id - 1)) { post.author = authors[Int(id - 1)] }
        if let url = post.clipping?.sourceURL { post.clipping?.standing = standing(of: url) }
        return post
    }

    /// Adds a post row, refusing what the schema's constraints refuse (a taken id, path or source key).
    mutating func insert(_ stored: InMemoryPost) throws {
        guard posts[stored.id] == nil else { throw InMemoryStoreError.constraint("post \(stored.id) exists") }
        try checkFree(path: stored.post.path, for: stored.id)
        if let key = stored.sourceKey {
            guard postIDsBySourceKey[key] == nil else {
                throw InMemoryStoreError.constraint("a post with source key \(key) exists")
            }
            postIDsBySourceKey[key] = stored.id
        }
        posts[stored.id] = stored
        postIDsByPath[stored.post.path] = stored.id
        nextPostID = max(nextPostID, stored.id + 1)
    }

    /// Replaces a stored post with an edited one, which may have moved to another (free) path.
    mutating func replace(_ stored: InMemoryPost) throws {
        guard let old = posts[stored.id] else { throw InMemoryStoreError.noSuchPost(stored.id) }
        try checkFree(path: stored.post.path, for: stored.id)
        postIDsByPath[old.post.path] = nil
        postIDsByPath[stored.post.path] = stored.id
        posts[stored.id] = stored
    }

    /// Throws when another post than `id` has `path` (`posts.path` is UNIQUE).
    func checkFree(path: String, for id: Int64) throws {
        if let owner = postIDsByPath[path], owner != id {
            throw InMemoryStoreError.constraint("another post has the path \(path)")
        }
    }

    /// Adds a comment row, refusing what the schema's foreign keys refuse.
    mutating func insert(_ stored: InMemoryComment) throws {
        let comment = stored.comment
        guard comments[comment.id] == nil else { throw InMemoryStoreError.constraint("comment \(comment.id) exists") }
        guard posts[comment.postID] != nil else { throw InMemoryStoreError.noSuchPost(comment.postID) }
        if let parent = comment.parentID, comments[parent] == nil {
            throw InMemoryStoreError.constraint("comment \(comment.id) replies to missing comment \(parent)")
        }
        comments[comment.id] = stored
        nextCommentID = max(nextCommentID, comment.id + 1)
    }
}
