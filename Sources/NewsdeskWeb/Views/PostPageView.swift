import NewsdeskCore

/// A post's own page: the post in full, its comments and the comment form.
struct PostPageView: Sendable {
    let blog: Blog
    let meta: PageMeta
    let post: PostView
    let comments: [CommentView]
    let commentsHeading: String
    let form: CommentFormView
}
