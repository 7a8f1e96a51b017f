/// A post's comments arranged for display: replies nested under their parents, at most three levels deep.
public struct CommentThread: Sendable {
    /// One comment in the thread, with the name it is shown under and its replies.
    public struct Node: Sendable {
        /// The comment.
        public let comment: Comment
        /// "Anonymous", "Anonymous 2", … for anonymous commenters; the given name otherwise.
        public let displayName: String
        /// 1 for top-level comments, up to `maximumDepth`.
        public let depth: Int
        /// Replies, oldest first.
        public let replies: [Node]
    }

    /// Replies deeper than this attach to the comment at this level, as on Blogger and WordPress.
    public static let maximumDepth = 3

    /// The top-level comments, oldest first.
    public let roots: [Node]
    /// How many comments the thread holds.
    public let count: Int

    /// Arranges `comments` (any order). A reply whose parent is not among them is shown at the top level.
    public init(_ comments: [Comment]) {
        let ordered = comments.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        let names = AnonymousNames(ordered)
        let ids = Set(ordered.map(\.id))
        // Each comment's effective parent: its own parent, lifted until the parent sits above the depth limit.
        var parentOf: [Int64: Int64] = [:]
        var depthOf: [Int64: Int] = [:]
        for comment in ordered {
            guard var parent = comment.parentID, ids.contains(parent), parent != comment.id,
                let parentDepth = depthOf[parent]
            else {
                depthOf[comment.id] = 1
                continue
            }
            var depth = parentDepth + 1
            while depth > Self.maximumDepth, let grandparent = parentOf[parent] {
                parent = grandparent
                depth -= 1
            }
            parentOf[comment.id] = parent
            depthOf[comment.id] = depth
        }
        var children: [Int64: [Comment]] = [:]
        var roots: [Comment] = []
        for comment in ordered {
            if let parent = parentOf[comment.id] {
                children[parent, default: []].append(comment)
            } else {
                roots.append(comment)
            }
        }
        func node(_ comment: Comment, depth: Int) -> Node {
            Node(
                comment: comment, displayName: names.name(for: comment), depth: depth,
                replies: (children[comment.id] ?? []).map { node($0, depth: depth + 1) })
        }
        self.roots = roots.map { node($0, depth: 1) }
        self.count = ordered.count
    }
}

/// Tells anonymous voices in one thread apart: the first is "Anonymous", the next "Anonymous 2", and so on.
///
/// A voice is the signed anonymous identity stored with the comment; comments without one (imported ones)
/// cannot be told apart and are all plain "Anonymous".
public struct AnonymousNames: Sendable {
    private var numberOf: [String: Int] = [:]

    /// Numbers the voices in the order they first spoke.
    public init(_ commentsInOrder: [Comment]) {
        for comment in commentsInOrder where comment.authorName.isEmpty && !comment.isEditor {
            if let key = comment.anonymousKey, numberOf[key] == nil {
                numberOf[key] = numberOf.count + 1
            }
        }
    }

    /// The name a comment is shown under.
    public func name(for comment: Comment) -> String {
        guard comment.authorName.isEmpty, !comment.isEditor else { return comment.displayName }
        guard let key = comment.anonymousKey, let number = numberOf[key], number > 1 else { return "Anonymous" }
        return "Anonymous \(number)"
    }
}
