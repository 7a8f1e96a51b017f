import Foundation

/// The spam and moderation rules, applied to one submission: refuse it, hold it, or publish it.
public enum CommentScreening {
    /// The verdict on a submission.
    public enum Verdict: Sendable, Equatable {
        /// Store and show at once.
        case publish
        /// Store, but wait for the editor; `reason` is for the moderation queue.
        case hold(reason: String)
        /// Do not store; tell the commenter why, keeping what they typed.
        case refuse(Refusal)
    }

    /// Why a submission was refused, with the message the commenter sees.
    public enum Refusal: Sendable, Equatable {
        case honeypot
        case missingToken
        case forgedToken
        case reusedToken
        case tooFast
        case expired
        case rateLimited(retryAfterSeconds: Int)
        case duplicate
        case blockedWord
        case blockedAddress

        /// What the commenter is told.
        public var message: String {
            switch self {
            case .honeypot:
                return "Your comment looked automated (a field meant to stay empty was filled in). Please try again."
            case .missingToken, .forgedToken:
                return "This comment form could not be verified. Please submit it again from this page."
            case .reusedToken:
                return "This form was already used to post a comment. Please submit it again from this page."
            case .tooFast:
                return "That was very quick. Please take a moment, then publish your comment again."
            case .expired:
                return "This page was open for too long. Please publish your comment again."
            case .rateLimited(let seconds):
                return "You have posted many comments in a short time. Please wait \(seconds) seconds and try again."
            case .duplicate:
                return "It looks as though you have already said that: the same comment is already on this post."
            case .blockedWord:
                return "Your comment contains words this blog does not accept. Please rephrase it."
            case .blockedAddress:
                return "Comments from your network are not accepted on this blog."
            }
        }

        /// The HTTP status for the refusal.
        public var httpStatus: Int {
            if case .rateLimited = self { return 429 }
            return 422
        }
    }

    /// Applies the rules in order: bot traps, tokens, blocklists, rate limits, duplicates, then moderation holds.
    public static func screen(_ facts: CommentSubmissionFacts, settings: CommentSettings) -> Verdict {
        if facts.isEditor { return .publish }
        if settings.honeypot, !facts.honeypotValue.isEmpty { return .refuse(.honeypot) }
        if let refusal = tokenRefusal(facts.token, settings: settings) { return .refuse(refusal) }
        if isBlocked(address: facts.clientAddress, settings.blockedAddresses) { return .refuse(.blockedAddress) }
        if containsBlockedWord([facts.name, facts.url, facts.body], settings.blockedWords) {
            return .refuse(.blockedWord)
        }
        if settings.ratePerMinute > 0, facts.recentFromAddress.lastMinute >= settings.ratePerMinute {
            return .refuse(.rateLimited(retryAfterSeconds: 60))
        }
        if settings.ratePerDay > 0, facts.recentFromAddress.lastDay >= settings.ratePerDay {
            return .refuse(.rateLimited(retryAfterSeconds: 3600))
        }
        if settings.duplicateWindowSeconds > 0, facts.isDuplicate { return .refuse(.duplicate) }
        let links = CommentSanitizer.linkCount(in: facts.body)
        if links > settings.maximumLinks { return .hold(reason: "more than \(settings.maximumLinks) links") }
        switch settings.moderation {
        case .publishImmediately:
            return .publish
        case .holdAll:
            return .hold(reason: "the blog holds every comment")
        case .holdLinksOrFirstTime:
            if links > 0 { return .hold(reason: "has links") }
            if !facts.hasPublishedBefore { return .hold(reason: "first comment from this commenter") }
            return .publish
        }
    }

    static func tokenRefusal(_ token: FormTokenCheck, settings: CommentSettings) -> Refusal? {
        guard settings.requireFormToken else { return nil }
        switch token {
        case .missing: return .missingToken
        case .forged: return .forgedToken
        case .reused: return .reusedToken
        case .valid(let age):
            if age < Double(settings.minimumSecondsToSubmit) { return .tooFast }
            if settings.maximumFormAgeSeconds > 0, age > Double(settings.maximumFormAgeSeconds) { return .expired }
            return nil
        }
    }

    /// An address is blocked when it equals an entry, or starts with an entry that ends in `.` or `:` (a prefix).
    static func isBlocked(address: String, _ blocked: [String]) -> Bool {
        blocked.contains { entry in
            let entry = entry.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty else { return false }
            if entry.hasSuffix(".") || entry.hasSuffix(":") { return address.hasPrefix(entry) }
            return address == entry
        }
    }

    /// Whole-word, case-insensitive matching, so "ass" does not block "class".
    static func containsBlockedWord(_ fields: [String], _ words: [String]) -> Bool {
        let wanted = Set(words.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        guard !wanted.isEmpty else { return false }
        let phrases = wanted.filter { $0.contains(" ") }
        for field in fields {
            let lowered = field.lowercased()
            let tokens = lowered.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            if tokens.contains(where: wanted.contains) { return true }
            if phrases.contains(where: lowered.contains) { return true }
        }
        return false
    }
}
