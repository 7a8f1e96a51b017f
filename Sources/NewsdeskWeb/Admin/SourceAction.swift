import NewsdeskCore

/// What the Sources page's buttons ask for, for one address.
enum SourceAction: String, Sendable {
    /// Check the address in the next run.
    case check
    /// Rewrite the posts citing a moved story to cite its new address.
    case acceptMove = "accept-move"
    /// Rewrite the posts citing the address to cite one the editor typed.
    case replace
    /// Leave the link as it is and show readers nothing.
    case keep
    /// Take back "keep as is".
    case undoKeep = "undo-keep"

    /// Does the action on `link` in `store` (`address` is the typed one, for `.replace`); the notice to show
    /// after it, or a problem in a sentence when it cannot be done.
    func perform(on link: SourceLink, address: String, in store: any SourceLinkStore) async throws
        -> Result<String, EditorError>
    {
        switch self {
        case .check:
            try await store.requestSourceCheck(linkID: link.id)
            return .success("\(link.url) will be checked again in the next run.")
        case .acceptMove:
            guard link.verdict == .moved, let newURL = link.finalURL, PostDraft.isWebAddress(newURL) else {
                return .failure(
                    EditorError("\(link.url) has not moved to another story, so there is no move to accept."))
            }
            let posts = try await store.replaceSourceAddress(linkID: link.id, with: newURL)
            return .success(Self.citing(posts.count, newURL))
        case .replace:
            guard PostDraft.isWebAddress(address) else {
                return .failure(
                    EditorError("The new address must be a whole address starting with http:// or https://."))
            }
            guard address != link.url else {
                return .failure(EditorError("The new address is the one the posts already cite."))
            }
            let posts = try await store.replaceSourceAddress(linkID: link.id, with: address)
            return .success(Self.citing(posts.count, address))
        case .keep:
            try await store.setSourceDecision(linkID: link.id, .keep)
            return .success("\(link.url) is kept as it is: readers are shown the original link only.")
        case .undoKeep:
            try await store.setSourceDecision(linkID: link.id, nil)
            return .success("\(link.url) is no longer kept as it is: readers see what its checks found.")
        }
    }

    /// "1 post now cites …", "3 posts now cite …".
    static func citing(_ posts: Int, _ address: String) -> String {
        posts == 1 ? "1 post now cites \(address)." : "\(posts) posts now cite \(address)."
    }
}
