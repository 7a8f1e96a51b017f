/// What storing an archive adds, worked out the same way for every store: an archive entry with id `n` becomes
/// `highest stored id + n` (so a restore into an empty blog keeps its ids), entries whose source key is stored
/// are skipped, a post whose path is taken moves beside it, and replies follow their parents. The store then
/// writes what the plan says.
public enum ArchiveImportPlan {
    /// The posts to add.
    public struct Posts: Sendable {
        /// Every archive post's stored id, added or already there.
        public var ids: [Int64: Int64] = [:]
        /// The posts to add with their new ids, paths made free.
        public var fresh: [(id: Int64, post: ArchivedPost)] = []
        public var alreadyThere = 0
        /// The posts that moved beside a taken path.
        public var renamedPaths: [Redirect] = []
    }

    /// The comments to add.
    public struct Comments: Sendable {
        /// The comments to add, with their stored ids, posts and parents, parents first.
        public var fresh: [ArchivedComment] = []
        public var alreadyThere = 0
        /// The stored id of each added comment by its archive id.
        public var addedIDs: [Int64: Int64] = [:]
    }

    /// Every author the archive names, listed ones first, then post authors in the order of their posts.
    public static func authors(in archive: BlogArchive) -> [Author] {
        var authors = archive.authors
        var listed = Set(authors.map(\.displayName))
        for name in archive.posts.compactMap(\.author) where listed.insert(name).inserted {
            authors.append(Author(displayName: name))
        }
        return authors
    }

    /// The posts of `posts` to add above the highest stored id `base`, given the stored posts' ids by source key
    /// and the paths already taken.
    public static func posts(
        _ posts: [ArchivedPost], base: Int64, storedIDs: [String: Int64], takenPaths: Set<String>
    ) -> Posts {
        var plan = Posts()
        var paths = takenPaths
        for var post in posts {
            if let key = post.sourceKey, let stored = storedIDs[key] {
                plan.ids[post.id] = stored
                plan.alreadyThere += 1
                continue
            }
            let id = base + post.id
            plan.ids[post.id] = id
            if paths.contains(post.path) {
                let original = post.path
                (post.slug, post.path) = FreePath.beside(post.path, taken: paths)
                plan.renamedPaths.append(Redirect(from: original, to: post.path))
            }
            paths.insert(post.path)
            plan.fresh.append((id, post))
        }
        return plan
    }

    /// The comments of `comments` to add above the highest stored id `base`, given the archive posts' stored ids
    /// and the stored comments' ids by source key; a comment on a post outside the archive needs
    /// `isStoredPost` to say that post is stored, or the plan throws.
    public static func comments(
        _ comments: [ArchivedComment], postIDs: [Int64: Int64], base: Int64, storedIDs: [String: Int64],
        isStoredPost: (Int64) -> Bool
    ) throws -> Comments {
        // Stored ids by archive id: already stored ones keep theirs, so new replies can point at them.
        let ids = Dictionary(
            comments.map { ($0.id, $0.sourceKey.flatMap { storedIDs[$0] } ?? base + $0.id) },
            uniquingKeysWith: { first, _ in first })
        var plan = Comments()
        for comment in parentsFirst(comments) {
            if let key = comment.sourceKey, storedIDs[key] != nil {
                plan.alreadyThere += 1
                continue
            }
            var stored = comment
            if let post = postIDs[comment.post] {
                stored.post = post
            } else if !isStoredPost(comment.post) {
                throw ArchiveImportError.unknownPost(comment: comment.id, post: comment.post)
            }
            stored.id = base + comment.id
            stored.parent = comment.parent.flatMap { ids[$0] }
            plan.fresh.append(stored)
            plan.addedIDs[comment.id] = stored.id
        }
        return plan
    }

    /// Comments ordered so that each comes after the one it replies to (a foreign key asks for it, and exports
    /// list replies before their parents too): top-level comments, then their replies, level by level. A parent
    /// missing from the archive, or a loop of replies, makes a comment top-level.
    public static func parentsFirst(_ comments: [ArchivedComment]) -> [ArchivedComment] {
        let ids = Set(comments.map(\.id))
        var replies: [Int64: [ArchivedComment]] = [:]
        var ordered: [ArchivedComment] = []
        for comment in comments {
            if let parent = comment.parent, ids.contains(parent) {
                replies[parent, default: []].append(comment)
            } else {
                ordered.append(comment.asTopLevel)
            }
        }
        var next = 0
        while next < ordered.count {
            ordered += replies.removeValue(forKey: ordered[next].id) ?? []
            next += 1
        }
        return ordered + replies.values.joined().sorted { $0.id < $1.id }.map(\.asTopLevel)
    }
}

extension ArchivedComment {
    /// The same comment, replying to nobody.
    fileprivate var asTopLevel: ArchivedComment {
        var comment = self
        comment.parent = nil
        return comment
    }
}

extension Redirect {
    /// Whether an archive may bring this redirect: only to a path on this blog, so that an archive cannot turn the
    /// blog into an open redirect.
    public var staysOnTheBlog: Bool {
        from != to && to.hasPrefix("/") && !to.hasPrefix("//")
    }
}
