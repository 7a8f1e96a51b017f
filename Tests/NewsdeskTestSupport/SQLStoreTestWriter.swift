import NewsdeskCore
import NewsdeskStore

/// Writes through a second, independent store, as the CLI or another server would.
public enum SQLStoreTestWriter {
    /// Adds a comment to the reference post through a new connection.
    public static func addComment(on location: DatabaseLocation, body: String) async throws {
        try await SQLStore.withStore(location, logger: TestDatabase.logger) { store in
            guard let post = try await store.post(atPath: "/2011/01/is-chinese-military-interested-in.html"),
                let id = post.id
            else {
                throw StoreError.notFound("The reference post")
            }
            _ = try await store.addComment(NewComment(postID: id, authorName: "Elsewhere", body: body))
        }
    }
}
