import NewsdeskCore

/// One paragraph-like piece of a post body, as the clip recognizer sees it.
enum HTMLBlock {
    /// A run of text between block boundaries (`<p>`, `<div>`, `<br>`, `<blockquote>`, …).
    case text(TextBlock)
    /// A photo: Blogger's caption table, or a bare `<img>`.
    case image(PostImage)
    /// Something plain text cannot hold (a video, a list, a table), by element name.
    case media(String)
}
