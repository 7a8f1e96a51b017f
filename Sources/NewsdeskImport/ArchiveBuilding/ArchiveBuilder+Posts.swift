import Foundation
import NewsdeskCore

extension ArchiveBuilder {
    /// An imported post at the path it asks for (the caller moves it when that is taken), its clip recognised.
    func archivedPost(_ imported: ImportedPost, id: Int64, source: ImportSource) -> ArchivedPost {
        let kind: PostKind = imported.kind == .page ? .page : .post
        let date = imported.publishedAt ?? imported.updatedAt ?? Date(timeIntervalSince1970: 0)
        let (slug, path) = place(imported, kind: kind, date: date)
        var post = ArchivedPost(
            id: id, kind: kind, status: Self.status(imported.status), title: imported.title, slug: slug, path: path,
            publishedAt: imported.publishedAt, updatedAt: imported.updatedAt ?? date, author: imported.authorName,
            labels: imported.labels, summary: imported.excerpt ?? "", bodyHTML: imported.bodyHTML,
            sourceKey: "\(Self.sourcePrefix(source)):\(imported.sourceID)"
        )
        if kind == .post, let clip = clips.recognize(imported.bodyHTML) {
            post.clipping = clip.clipping
            post.commentary = clip.commentary
            post.image = clip.image
            post.bodyHTML = ""
        }
        return post
    }

    /// The slug and path: Blogger's own path when it is one Newsdesk serves (`/2011/01/slug.html`,
    /// `/p/about.html`), else one made from the slug (or title) and the local date, as Newsdesk would.
    private func place(_ imported: ImportedPost, kind: PostKind, date: Date) -> (String, String) {
        if let original = imported.originalPath {
            switch kind {
            case .post:
                if let permalink = Permalink(path: original), Self.isPlainSlug(permalink.slug) {
                    return (permalink.slug, original)
                }
            case .page:
                if original.hasPrefix("/p/"), original.hasSuffix(".html"),
                    case let slug = String(original.dropFirst(3).dropLast(5)), Self.isPlainSlug(slug)
                {
                    return (slug, original)
                }
            }
        }
        var slug = imported.slug.flatMap { $0.removingPercentEncoding ?? $0 } ?? ""
        if !Self.isPlainSlug(slug) { slug = Slug.make(from: slug.isEmpty ? imported.title : slug) }
        switch kind {
        case .post: return (slug, Permalink(date: date, timeZone: timeZone, slug: slug).path)
        case .page: return (slug, "/p/\(slug).html")
        }
    }

    /// Letters, digits, `-` and `_` in ASCII: a slug that needs no escaping in a URL.
    static func isPlainSlug(_ slug: String) -> Bool {
        !slug.isEmpty
            && slug.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
                    || $0 == "_"
            }
    }

    static func status(_ status: ImportedPost.Status) -> PostStatus {
        switch status {
        case .published: .published
        case .draft: .draft
        case .scheduled: .scheduled
        case .private: .private
        }
    }

    /// Old addresses of a published post that are not its new path: the exported URL, and WordPress's
    /// `/?p=ID` (and `/?page_id=ID` for pages), which WordPress answers whatever its permalink setting.
    func redirects(for imported: ImportedPost, to post: ArchivedPost, source: ImportSource) -> [Redirect] {
        guard post.status == .published else { return [] }
        var old: [String] = []
        if let path = imported.originalPath { old.append(path) }
        if source == .wordpress, imported.sourceID.allSatisfy(\.isNumber) {
            // WordPress answers `?p=` for a page too.
            if post.kind == .page { old.append("/?page_id=\(imported.sourceID)") }
            old.append("/?p=\(imported.sourceID)")
        }
        var seen = Set<String>()
        return old.filter { $0 != post.path && seen.insert($0).inserted }.map { Redirect(from: $0, to: post.path) }
    }
}
