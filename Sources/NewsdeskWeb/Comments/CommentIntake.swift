import Foundation
import NewsdeskCore

/// Takes one submitted comment through validation, the spam rules and moderation, and stores it.
struct CommentIntake: Sendable {
    /// What the commenter sent.
    struct Submission: Sendable {
        var name: String
        var url: String
        var body: String
        var parentID: Int64?
        var token: String?
        var honeypot: String
        var clientAddress: String
        var anonymousKey: String?
    }

    /// What became of it.
    enum Outcome: Sendable {
        case published(Comment)
        case held(Comment)
        case invalid(String)
        case refused(CommentScreening.Refusal)
    }

    let comments: any CommentStore
    let secrets: SiteSecrets
    let notifier: CommentNotifier
    let reader: SiteReader

    func submit(_ submission: Submission, to post: Post, blog: Blog, now: Date = Date()) async throws -> Outcome {
        let postID = post.id ?? 0
        let cleaned: CommentValidation.Cleaned
        switch CommentValidation.validate(name: submission.name, body: submission.body, webAddress: submission.url) {
        case .failure(let failure): return .invalid(failure.message)
        case .success(let value): cleaned = value
        }
        let settings = blog.comments
        let (token, nonce) = try await secrets.formTokens()
            .check(submission.token, postID: postID, at: now)
        var isDuplicate = false
        if settings.duplicateWindowSeconds > 0 {
            let since = now.addingTimeInterval(-Double(settings.duplicateWindowSeconds))
            isDuplicate = try await comments.hasComment(onPost: postID, body: cleaned.body, since: since)
        }
        var hasPublishedBefore = false
        if settings.moderation == .holdLinksOrFirstTime {
            hasPublishedBefore = try await comments.hasPublishedComment(
                name: cleaned.name, anonymousKey: submission.anonymousKey)
        }
        let facts = CommentSubmissionFacts(
            honeypotValue: submission.honeypot, token: token, clientAddress: submission.clientAddress,
            recentFromAddress: try await recentCounts(submission.clientAddress, settings: settings, now: now),
            isDuplicate: isDuplicate, hasPublishedBefore: hasPublishedBefore, name: cleaned.name,
            url: cleaned.webAddress ?? "",
            body: cleaned.body)
        let status: CommentStatus
        let heldReason: String?
        switch CommentScreening.screen(facts, settings: settings) {
        case .refuse(let refusal): return .refused(refusal)
        case .publish: (status, heldReason) = (.published, nil)
        case .hold(let reason): (status, heldReason) = (.pending, reason)
        }
        let comment = NewComment(
            postID: postID, parentID: try await validParent(submission.parentID, postID: postID),
            authorName: cleaned.name, authorURL: cleaned.webAddress, anonymousKey: submission.anonymousKey,
            clientAddress: submission.clientAddress, body: cleaned.body, createdAt: now, status: status)
        let stored: Comment
        do {
            stored = try await comments.addComment(comment, heldReason: heldReason, formNonce: nonce)
        } catch CommentStoreError.formTokenReused {
            return .refused(.reusedToken)
        }
        if let webhook = settings.webhookURL, !webhook.isEmpty {
            notifier.send(
                CommentNotice(comment: stored, post: post, blog: blog, baseURL: reader.baseURL(for: blog)), to: webhook)
        }
        return status == .published ? .published(stored) : .held(stored)
    }

    /// Comments from the address in the last minute and day, read only when a limit is on.
    func recentCounts(_ address: String, settings: CommentSettings, now: Date) async throws -> (
        lastMinute: Int, lastDay: Int
    ) {
        guard settings.ratePerMinute > 0 || settings.ratePerDay > 0 else { return (0, 0) }
        let counts = try await comments.commentCount(
            fromAddress: address, since: [now.addingTimeInterval(-60), now.addingTimeInterval(-86_400)])
        return (counts[0], counts[1])
    }

    /// The parent a reply may answer (``CommentValidation/canReply(to:onPost:)``); otherwise the comment
    /// stands alone.
    func validParent(_ parentID: Int64?, postID: Int64) async throws -> Int64? {
        guard let parentID, CommentValidation.canReply(to: try await comments.comment(id: parentID), onPost: postID)
        else { return nil }
        return parentID
    }
}
