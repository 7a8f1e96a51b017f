/// What one write touched, recorded with the change counter so that every server's caches drop exactly the
/// pages it affects.
public enum StoreChange: Hashable, Sendable {
    /// The comments of one post (a new comment, a moderation): that post's pages and comment feed, and the
    /// pages that list posts with their comment counts. Other posts' pages are untouched.
    case comments(postID: Int64)
    /// One post or page itself (its text, status, labels, date or comment mode). Every page shows the sidebar
    /// (archive and label counts, the pages list), which such a write may change.
    case post(id: Int64)
    /// The blog's settings, an import, or anything else a page may show.
    case everything

    /// How the change is stored: `comments:12`, `post:12` or `everything`.
    public var recorded: String {
        switch self {
        case .comments(let postID): "comments:\(postID)"
        case .post(let id): "post:\(id)"
        case .everything: "everything"
        }
    }

    /// The change stored as `text`; anything unknown (a newer server's kind) is taken as `everything`.
    public init(recorded text: String) {
        let parts = text.split(separator: ":", maxSplits: 1)
        if parts.count == 2, let id = Int64(parts[1]) {
            switch parts[0] {
            case "comments":
                self = .comments(postID: id)
                return
            case "post":
                self = .post(id: id)
                return
            default: break
            }
        }
        self = .everything
    }
}

/// The writes committed after a generation, read by each server's change watcher.
public struct ChangeLog: Sendable, Equatable {
    /// One recorded change and the generation of the transaction that made it.
    public struct Entry: Sendable, Equatable {
        public let generation: Int64
        public let change: StoreChange

        public init(generation: Int64, change: StoreChange) {
            self.generation = generation
            self.change = change
        }
    }

    /// The counter's value when read: the watcher's next starting point.
    public let generation: Int64
    /// What each generation after the starting point touched, oldest first; `nil` when the log cannot say
    /// (too many to read, or a generation without a record, as a write from an older server leaves), so the
    /// reader must take it as everything.
    public let entries: [Entry]?

    public init(generation: Int64, entries: [Entry]?) {
        self.generation = generation
        self.entries = entries
    }
}

/// One transaction this process committed, told to the observers at once.
public struct CommittedChange: Sendable {
    /// The counter's value the transaction set.
    public let generation: Int64
    /// What it touched.
    public let changes: Set<StoreChange>

    public init(generation: Int64, changes: Set<StoreChange>) {
        self.generation = generation
        self.changes = changes
    }
}
