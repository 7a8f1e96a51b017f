import NewsdeskClipper

/// Checks a comment webhook's address against the outgoing policy when it is set (Settings, and
/// `newsdesk comments policy --webhook`), so a refused address is said at once rather than found in the log.
public enum WebhookAddress {
    /// Why `url` cannot be a webhook, in a sentence; nil when it can. A host that cannot be looked up now is
    /// accepted: each delivery checks it again.
    public static func problem(with url: String, allowPrivateAddresses: Bool) async -> String? {
        let client = GuardedHTTPClient(policy: OutgoingPolicy(allowPrivateAddresses: allowPrivateAddresses))
        do {
            try await client.check(url)
            return nil
        } catch {
            return sentence(for: error)
        }
    }

    /// What a refusal means for a webhook, in a sentence.
    static func sentence(for error: ClipFetchError) -> String {
        switch error {
        case .invalidURL:
            "The webhook address is not a web address; give the full address, starting with https://."
        case .unsupportedScheme(let scheme):
            "The webhook address must start with http:// or https://, not \(scheme):."
        case .refusedAddress(let host):
            "The webhook address leads to \(host), which is this server or a private network; Newsdesk sends "
                + "webhooks only to public addresses unless the server runs with --allow-private-outgoing."
        default:
            "The webhook could not be reached: \(error.description)"
        }
    }
}
