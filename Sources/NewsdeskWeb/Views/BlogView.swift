import NewsdeskCore

/// The blog's header and footer as the theme shows them.
struct BlogView: Sendable {
    let title: String
    /// `nil` when the blog has no description, so the theme leaves the line out.
    let description: String?

    init(_ blog: Blog) {
        title = blog.title
        description = blog.description.isEmpty ? nil : blog.description
    }
}
