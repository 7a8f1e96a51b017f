import NewsdeskCore

/// The comment form, empty or holding what was typed with the reason it was refused.
struct CommentFormView: Sendable {
    let action: String
    let name: String
    let url: String
    let body: String
    let error: String?
    let maximumLength: Int
    /// The comment replied to, carried in a hidden field.
    let parentID: Int64?
    /// "Replying to Mark", shown above the form.
    let replyingTo: String?
    /// The signed token, or the placeholder a cached page fills per response.
    let token: String
    /// Whether the honeypot field is rendered.
    let honeypot: Bool

    /// An empty form for a post.
    static func empty(action: String, honeypot: Bool, token: String = CachedPage.tokenPlaceholder) -> CommentFormView {
        CommentFormView(
            action: action, name: "", url: "", body: "", error: nil, maximumLength: CommentValidation.maximumBodyLength,
            parentID: nil,
            replyingTo: nil, token: token, honeypot: honeypot)
    }
}

extension CommentFormView {
    /// The same form, answering a comment.
    func replying(to parentID: Int64, name: String) -> CommentFormView {
        CommentFormView(
            action: action, name: self.name, url: url, body: body, error: error, maximumLength: maximumLength,
            parentID: parentID, replyingTo: name, token: token, honeypot: honeypot)
    }
}
