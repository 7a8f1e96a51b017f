import NewsdeskCore

/// A post's own page: the post in full, its comments and the comment form.
struct PostPageView: Sendable {
    let blog: BlogView
    let meta: PageMeta
    let sidebar: SidebarView
    let post: PostView
    /// `false` when the post's comments are hidden.
    let showsComments: Bool
    let comments: [CommentView]
    let commentsHeading: String
    /// Links to older and newer comments when there are more than fit on a page.
    let commentPaging: CommentPaging
    /// `nil` when the post takes no new comments.
    let form: CommentFormView?
    /// Shown when comments are closed.
    let closed: Bool
    /// A note for the commenter, e.g. that their comment awaits approval.
    let notice: String?
}
