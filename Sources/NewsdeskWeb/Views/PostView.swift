import Foundation
import NewsdeskCore
import NewsdeskMarkdown

/// A post as the theme shows it, on the front page and on its own page.
struct PostView: Sendable {
    struct ClippingView: Sendable {
        /// Where the headline and "Read more" link: the story, or its new address when it moved.
        let sourceURL: String
        /// Whether the story is gone, so the headline is followed by a note (and the archived copy, if any).
        let isBroken: Bool
        let archivedCopy: String?
        /// The note's words, from Core, so that the page and the feeds say the same.
        let brokenNote = ReaderSource.brokenNote
        let archivedCopyLabel = ReaderSource.archivedCopyLabel
        let headline: String
        let outlet: String
        let paragraphs: [String]
        /// A Markdown excerpt, rendered and cleaned; `nil` for plain paragraphs.
        let excerptHTML: String?
    }

    struct ImageView: Sendable {
        let url: String
        let altText: String
        let caption: String?
    }

    struct LabelLink: Sendable {
        let name: String
        let path: String
    }

    struct CommentaryView: Sendable {
        let heading: String
        let firstParagraph: String
        let moreParagraphs: [String]
        /// Markdown commentary, rendered and cleaned, the heading in its first paragraph; `nil` for plain text.
        let html: String?
    }

    let id: Int64
    let title: String
    let hasTitle: Bool
    let path: String
    let dateHeader: String
    let dayKey: String
    let image: ImageView?
    let clipping: ClippingView?
    let commentary: CommentaryView?
    /// `nil` for clip posts without free HTML, so the theme leaves the block out.
    let bodyHTML: String?
    let authorName: String
    let timeText: String
    let isoTime: String
    let commentCount: Int
    let commentsLabel: String
    let labels: [LabelLink]
    let hasLabels: Bool
    /// Whether the comment link is shown (not for posts whose comments are hidden).
    let showsCommentLink: Bool

    /// The view of `post`; Markdown is rendered by `markdown`, and free HTML is cleaned by its sanitiser (an
    /// imported post's HTML is its old platform's, and only an allow-list decides what of it is shown).
    init(post: Post, blog: Blog, commentCount: Int, dates: DateFormatting, markdown: MarkdownRenderer) {
        let isMarkdown = post.format == .markdown
        let published = post.publishedAt ?? post.updatedAt
        id = post.id ?? 0
        title = post.title
        hasTitle = !post.title.isEmpty
        path = post.path
        dateHeader = dates.dateHeader(published)
        dayKey = dates.dayKey(published)
        image = post.image.map {
            ImageView(url: $0.url, altText: $0.altText, caption: $0.caption.isEmpty ? nil : $0.caption)
        }
        clipping = post.clipping.map {
            let source = $0.readerSource(publishedAt: post.publishedAt, archive: blog.sourceArchive)
            return ClippingView(
                sourceURL: source.href, isBroken: source.isBroken, archivedCopy: source.archivedCopy,
                headline: $0.headline, outlet: $0.outlet, paragraphs: $0.excerptParagraphs,
                excerptHTML: isMarkdown
                    ? markdown.cleanHTML(fromMarkdown: $0.excerptParagraphs.joined(separator: "\n\n")) : nil)
        }
        commentary =
            isMarkdown
            ? Self.markdownCommentary(post.commentary, heading: blog.commentaryHeading, markdown: markdown)
            : Self.commentary(post.commentary, heading: blog.commentaryHeading)
        let body = PostHTML.cleanBody(of: post, rendering: markdown)
        bodyHTML = body.isEmpty ? nil : body
        authorName = post.author?.displayName ?? blog.editorName
        timeText = dates.postTime(published)
        isoTime = dates.iso8601(published)
        self.commentCount = commentCount
        commentsLabel = CommentCountWording.link(commentCount)
        labels = post.labels.map { LabelLink(name: $0, path: PathSegment.labelPage($0)) }
        hasLabels = !post.labels.isEmpty
        showsCommentLink = post.commentMode != .hidden
    }

    /// Commentary paragraphs are separated by blank lines; the heading opens the first one, as on the seed page.
    static func commentary(_ text: String, heading: String) -> CommentaryView? {
        let paragraphs = text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        guard let first = paragraphs.first else { return nil }
        return CommentaryView(
            heading: heading, firstParagraph: first, moreParagraphs: Array(paragraphs.dropFirst()), html: nil)
    }

    /// Markdown commentary, its heading opening the first paragraph as plain commentary's does.
    static func markdownCommentary(_ text: String, heading: String, markdown: MarkdownRenderer) -> CommentaryView? {
        let html = markdown.cleanHTML(fromMarkdown: text)
        guard !html.isEmpty else { return nil }
        let opening = "<strong class=\"commentary-heading\">\(HTMLText.escape(heading))</strong>"
        return CommentaryView(
            heading: heading, firstParagraph: "", moreParagraphs: [],
            html: PostHTML.withHeading(html, opening: opening))
    }
}

/// Blogger's wording for comment counts.
enum CommentCountWording {
    /// The link under a post: "No comments", "1 comment", "3 comments".
    static func link(_ count: Int) -> String {
        switch count {
        case 0: return "No comments"
        case 1: return "1 comment"
        default: return "\(count) comments"
        }
    }

    /// The heading over the comments: "3 comments:".
    static func heading(_ count: Int) -> String {
        link(count) + ":"
    }
}
