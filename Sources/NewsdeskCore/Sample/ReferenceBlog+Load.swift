extension ReferenceBlog {
    /// Loads the blog settings, the post and its three comments, but only into a store with no posts.
    ///
    /// - Returns: the stored post, or `nil` when the store already had posts and was left alone.
    @discardableResult
    public static func load(into store: some PostStore & CommentStore & BlogStore) async throws -> Post? {
        guard try await store.postCount() == 0 else { return nil }
        try await store.saveBlog(blog)
        let stored = try await store.createPost(post, timeZone: blog.timeZoneIdentifier)
        guard let id = stored.id else { return stored }
        for comment in comments(postID: id) {
            _ = try await store.addComment(comment)
        }
        return stored
    }
}
