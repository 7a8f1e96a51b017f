import NewsdeskCore
import Synchronization

/// The blog's signing keys, read from the database once and kept (every server shares the same secret).
final class SiteSecrets: Sendable {
    private let store: any BlogStore
    private let signer = Mutex<MessageSigner?>(nil)

    init(store: any BlogStore) {
        self.store = store
    }

    /// The signer for form tokens and cookies.
    func messageSigner() async throws -> MessageSigner {
        if let known = signer.withLock({ $0 }) { return known }
        let loaded = MessageSigner(secret: try await store.siteSecret(named: "comment-signing"))
        signer.withLock { $0 = loaded }
        return loaded
    }
}
