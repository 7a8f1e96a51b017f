import Metrics
import NewsdeskCore

/// Comments received, by what became of them.
enum CommentMetrics {
    /// Comments by `outcome` (`published`, `held`, `invalid`, `refused`, `unavailable`) and, when refused, the
    /// `rule` that refused them.
    static let comments = "newsdesk_comments_total"

    static func count(_ outcome: String, rule: String = "") {
        Counter(label: comments, dimensions: [("outcome", outcome), ("rule", rule)]).increment()
    }

    /// The rule's name, as the metrics label it.
    static func ruleName(_ refusal: CommentScreening.Refusal) -> String {
        switch refusal {
        case .honeypot: "honeypot"
        case .missingToken: "missing_token"
        case .forgedToken: "forged_token"
        case .reusedToken: "reused_token"
        case .tooFast: "too_fast"
        case .expired: "expired"
        case .rateLimited: "rate_limited"
        case .duplicate: "duplicate"
        case .blockedWord: "blocked_word"
        case .blockedAddress: "blocked_address"
        }
    }
}
