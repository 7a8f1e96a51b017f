import Foundation
import NewsdeskCore

/// Writes an archive as a classic Blogger export (the Atom file of Settings › Back up content), which
/// Blogger, WordPress's Blogger importer and Newsdesk's own ``BloggerReader`` read.
///
/// Blogger's classic export has no place for held or spam comments, nor for scheduled or private posts:
/// held and spam comments are left out, and such posts are written as drafts.
///
/// Entry ids are made from Newsdesk's ids: `post-<id>` for posts and pages, `post-<9000000000000 + id>` for
/// comments (Blogger keeps both in one numbering).
public struct BloggerExportWriter: Sendable {
    /// The blog's public origin, for `link rel="alternate"` (`https://example.com`).
    public var baseURL: String
    /// Renders Markdown posts to the HTML Blogger stores.
    public var markdown: (any MarkdownRendering)?

    /// Creates a writer.
    public init(baseURL: String, markdown: (any MarkdownRendering)? = nil) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.markdown = markdown
    }

    /// The profile link of the blog's authors: Blogger tells the editor's comments by it.
    private var editorProfile: String { "\(baseURL)/profile/editor" }

    static let blogID = "tag:blogger.com,1999:blog-1"
    static let commentOffset: Int64 = 9_000_000_000_000

    /// The export document.
    public func write(_ archive: BlogArchive) -> Data {
        let blog = archive.blog ?? Blog()
        var xml = """
            <?xml version='1.0' encoding='UTF-8'?>
            <feed xmlns='http://www.w3.org/2005/Atom' xmlns:gd='http://schemas.google.com/g/2005' \
            xmlns:thr='http://purl.org/syndication/thread/1.0' xmlns:app='http://purl.org/atom/app#'>
            <id>\(Self.blogID)</id>
            <updated>\(Self.time(archive.posts.map(\.updatedAt).max() ?? Date(timeIntervalSince1970: 0)))</updated>
            <title type='text'>\(Self.escape(blog.title))</title>
            <subtitle type='html'>\(Self.escape(blog.description))</subtitle>
            <link rel='alternate' type='text/html' href='\(Self.escape(baseURL))/'/>
            <generator version='1' uri='https://newsdesk.invalid/'>Newsdesk</generator>

            """
        let postsByID = Dictionary(archive.posts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for post in archive.posts { xml += entry(for: post, heading: blog.commentaryHeading) }
        for comment in archive.comments {
            guard let post = postsByID[comment.post], comment.status == .published || comment.status == .deleted
            else { continue }
            xml += entry(for: comment, on: post)
        }
        xml += "</feed>\n"
        return Data(xml.utf8)
    }

    private func entry(for post: ArchivedPost, heading: String) -> String {
        var xml = "<entry>\n<id>\(Self.blogID).post-\(post.id)</id>\n"
        xml += "<published>\(Self.time(post.publishedAt ?? post.updatedAt))</published>\n"
        xml += "<updated>\(Self.time(post.updatedAt))</updated>\n"
        if post.status != .published {
            xml += "<app:control><app:draft>yes</app:draft></app:control>\n"
        }
        xml += Self.kind(post.kind == .page ? "page" : "post")
        for label in post.labels {
            xml += "<category scheme='http://www.blogger.com/atom/ns#' term='\(Self.escape(label))'/>\n"
        }
        xml += "<title type='text'>\(Self.escape(post.title))</title>\n"
        let body = PostHTML.body(
            image: post.image, clipping: post.clipping, commentary: post.commentary, bodyHTML: post.bodyHTML,
            commentaryHeading: heading, format: post.format ?? .plain, markdown: markdown)
        xml += "<content type='html'>\(Self.escape(body))</content>\n"
        if post.status == .published {
            xml += "<link rel='alternate' type='text/html' href='\(Self.escape(baseURL + post.path))'/>\n"
        }
        xml += "<author><name>\(Self.escape(post.author ?? "Anonymous"))</name>"
        return xml + "<uri>\(Self.escape(editorProfile))</uri></author>\n</entry>\n"
    }

    private func entry(for comment: ArchivedComment, on post: ArchivedPost) -> String {
        let postID = "\(Self.blogID).post-\(post.id)"
        var xml = "<entry>\n<id>\(Self.blogID).post-\(Self.commentOffset + comment.id)</id>\n"
        xml += "<published>\(Self.time(comment.createdAt))</published>\n"
        xml += "<updated>\(Self.time(comment.createdAt))</updated>\n"
        xml += Self.kind("comment")
        xml += "<title type='text'></title>\n"
        xml += "<content type='html'>\(Self.escape(comment.body))</content>\n"
        if let parent = comment.parent {
            let feed = "\(baseURL)/feeds/\(post.id)/comments/default/\(Self.commentOffset + parent)"
            xml += "<link rel='related' type='application/atom+xml' href='\(Self.escape(feed))'/>\n"
        }
        xml += "<author><name>\(Self.escape(comment.authorName.isEmpty ? "Anonymous" : comment.authorName))</name>"
        if comment.isEditor {
            xml += "<uri>\(Self.escape(editorProfile))</uri>"
        } else if let url = comment.authorURL {
            xml += "<uri>\(Self.escape(url))</uri>"
        }
        if let email = comment.authorEmail { xml += "<email>\(Self.escape(email))</email>" }
        xml += "</author>\n"
        xml += "<thr:in-reply-to href='\(Self.escape(baseURL + post.path))' ref='\(postID)' type='text/html'/>\n"
        if comment.status == .deleted {
            xml += "<gd:extendedProperty name='blogger.contentRemoved' value='true'/>\n"
        }
        return xml + "</entry>\n"
    }

    private static func kind(_ name: String) -> String {
        "<category scheme='http://schemas.google.com/g/2005#kind' "
            + "term='http://schemas.google.com/blogger/2008/kind#\(name)'/>\n"
    }

    private static func time(_ date: Date) -> String {
        ArchiveTime.format(date.millisecondsSince1970)
    }

    /// Text for XML content and quoted attributes: HTML's escaping is XML's too; the control characters
    /// XML 1.0 cannot carry at all (not even as references) are dropped.
    static func escape(_ text: String) -> String {
        let escaped = HTMLText.escape(text)
        guard escaped.unicodeScalars.contains(where: isForbiddenInXML) else { return escaped }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: escaped.unicodeScalars.filter { !isForbiddenInXML($0) })
        return String(kept)
    }

    private static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
            || scalar.value == 0xFFFF
    }
}
