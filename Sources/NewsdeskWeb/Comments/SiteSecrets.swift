import NewsdeskCore
import Synchronization

/// The blog's signing keys, read from the database once and kept (every server shares the same secrets).
final class SiteSecrets: Sendable {
    /// The keys derived from the stored secrets.
    struct Keys: Sendable {
        /// Signs the anonymous-identity cookie (HMAC-SHA256).
        let signer: MessageSigner
        /// Issues and checks comment form tokens (SipHash, one per page served).
        let formTokens: FormToken
    }

    private let store: any BlogStore
    private let keys = Mutex<Keys?>(nil)

    init(store: any BlogStore) {
        self.store = store
    }

    /// The keys, loaded on first use.
    func load() async throws -> Keys {
        if let known = keys.withLock({ $0 }) { return known }
        let loaded = Keys(
            signer: MessageSigner(secret: try await store.siteSecret(named: "comment-signing")),
            formTokens: FormToken(secret: try await store.siteSecret(named: "form-tokens")))
        keys.withLock { $0 = loaded }
        return loaded
    }

    /// The cookie signer.
    func messageSigner() async throws -> MessageSigner {
        try await load().signer
    }

    /// The form token issuer.
    func formTokens() async throws -> FormToken {
        try await load().formTokens
    }
}
