import NewsdeskCore

/// The page shown for a missing page or a server error; it never shows internals.
struct ErrorPageView: Sendable {
    let blog: BlogView
    let meta: PageMeta
    let status: Int
    let heading: String
    let message: String
    /// What the reader typed, given back when it could not be saved.
    var form: CommentFormView?
}
