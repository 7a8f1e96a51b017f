/// The comment form, empty or holding what was typed with the reason it was refused.
struct CommentFormView: Sendable {
    let action: String
    let name: String
    let body: String
    let error: String?
    let maximumLength: Int
}
