import Foundation
import NewsdeskCore

extension WordPressChannelHandler {
    /// Post types that are not content, and why they are skipped.
    private static let skippedTypes = [
        "attachment": "attachment (media files are not imported; posts keep linking to them)",
        "nav_menu_item": "navigation menu item",
        "revision": "earlier revision of a post",
    ]

    /// Turns a finished item into a post or page with its comments, or a skipped record.
    func process(_ item: WordPressItem) throws {
        let sourceID =
            [item["post_id"], Self.postID(inQueryOf: item.guid), Self.postID(inQueryOf: item.link)]
            .compactMap { $0 }.first { !$0.isEmpty } ?? (item.guid.isEmpty ? item.link : item.guid)
        let type = item["post_type"] ?? "post"
        let title = PlainText.fromHTML(item.title)
        let kind: ImportedPost.Kind
        switch type {
        case "post": kind = .post
        case "page": kind = .page
        default:
            let reason = Self.skippedTypes[type] ?? "unsupported post type \"\(type)\""
            return skip(item, sourceID: sourceID, kind: type, title: title, reason: reason)
        }
        guard !sourceID.isEmpty else {
            return skip(item, sourceID: "", kind: "item", title: title, reason: "no wp:post_id, guid or link")
        }
        guard let status = postStatus(of: item) else {
            let reason = item["status"] == "trash" ? "in the trash" : "an unsaved auto-draft"
            return skip(item, sourceID: sourceID, kind: type, title: title, reason: reason)
        }
        let creator = item.creator
        let displayName = authors[creator]?.displayName ?? ""
        let path = PersonName.url(item.link).flatMap(OldURL.path)
        var content = WordPressContent(postID: item["post_id"] ?? sourceID, title: title) { [unowned self] in
            self.attachments()
        }
        let body = content.convert(item.content)
        sink.noteContent(unknownShortcodes: content.unknownShortcodes, notes: content.notes)
        let post = ImportedPost(
            sourceID: sourceID, kind: kind, title: title, bodyHTML: body,
            excerpt: item.excerpt.allSatisfy(\.isWhitespace) ? nil : item.excerpt, status: status,
            publishedAt: date(gmt: item["post_date_gmt"], local: item["post_date"]) ?? ImportDate.rfc822(item.pubDate),
            updatedAt: date(gmt: item["post_modified_gmt"], local: item["post_modified"]),
            originalPath: path, originalURL: PersonName.url(item.link),
            slug: item["post_name"].flatMap { $0.isEmpty ? nil : $0 }, labels: labels(of: item),
            labelAddresses: labelAddresses(of: item),
            authorName: PersonName.nonEmpty(displayName.isEmpty ? creator : displayName),
            hasMoreBreak: item.content.containsBytes("<!--more")
        )
        try sink.deliver(post)
        for comment in item.comments {
            try deliver(comment, of: post, creator: creator)
        }
    }

    /// Items without `wp:post_id` (hand-made files) still name their post in `?p=12` / `?page_id=12`.
    static func postID(inQueryOf url: String) -> String? {
        guard let items = URLComponents(string: url)?.queryItems else { return nil }
        let value = items.first { $0.name == "p" || $0.name == "page_id" }?.value
        guard let value, !value.isEmpty, value.allSatisfy(\.isNumber) else { return nil }
        return value
    }

    private func skip(_ item: WordPressItem, sourceID: String, kind: String, title: String, reason: String) {
        sink.skip(SkippedEntry(kind: kind, sourceID: sourceID, title: title.isEmpty ? nil : title, reason: reason))
        for comment in item.comments {
            sink.skip(
                SkippedEntry(kind: "comment", sourceID: comment["id"] ?? "", reason: "its post was not imported")
            )
        }
    }

    /// The status; nil for trashed posts and auto-drafts, which are skipped.
    private func postStatus(of item: WordPressItem) -> ImportedPost.Status? {
        let status: ImportedPost.Status
        switch item["status"] ?? "" {
        case "publish": status = .published
        case "future": status = .scheduled
        case "private": status = .private
        case "trash", "auto-draft": return nil
        // draft, pending, and anything unknown (or missing, as WordPress's importer does): kept, not shown.
        default: status = .draft
        }
        // Newsdesk has no post passwords: a protected post stays private rather than becoming public.
        if status == .published, let password = item["post_password"], !password.isEmpty { return .private }
        return status
    }

    /// WordPress's GMT time; when that is `0000-00-00 00:00:00` (drafts), the local time in the blog's zone.
    func date(gmt: String?, local: String?) -> Date? {
        if let gmt, let date = ImportDate.wordpress(gmt, in: TimeZone(secondsFromGMT: 0)!) { return date }
        if let local, let date = ImportDate.wordpress(local, in: localTimeZone) { return date }
        return nil
    }

    /// Categories and tags in document order, each once. WXR 1.0 writes each twice (with and without a
    /// `domain`) and calls tags `tag`; custom taxonomies and post formats are not labels.
    private func labels(of item: WordPressItem) -> [String] {
        var labels: [String] = []
        for (domain, _, name) in item.categories where [nil, "category", "post_tag", "tag"].contains(domain) {
            let label = PlainText.fromHTML(name)
            if !label.isEmpty && !labels.contains(label) { labels.append(label) }
        }
        return labels
    }

    private func deliver(_ comment: WordPressComment, of post: ImportedPost, creator: String) throws {
        guard let id = comment["id"], !id.isEmpty else {
            return sink.skip(SkippedEntry(kind: "comment", sourceID: "", reason: "no wp:comment_id"))
        }
        guard let createdAt = date(gmt: comment["date_gmt"], local: comment["date"]) ?? post.publishedAt else {
            return sink.skip(SkippedEntry(kind: "comment", sourceID: id, reason: "no valid date"))
        }
        let name = PersonName.commenter(comment["author"] ?? "")
        let userID = comment["user_id"] ?? ""
        let author = authors[creator]
        let isBlogAuthor =
            (!userID.isEmpty && userID != "0" && userID == author?.id)
            || (!name.isEmpty && (name == creator || name == author?.displayName))
        let parent = comment["parent"].flatMap { $0.isEmpty || $0 == "0" ? nil : $0 }
        try sink.deliver(
            ImportedComment(
                sourceID: id, postSourceID: post.sourceID, parentSourceID: parent, authorName: name,
                authorURL: PersonName.url(comment["author_url"] ?? ""),
                authorEmail: PersonName.email(comment["author_email"] ?? ""), isBlogAuthor: isBlogAuthor,
                bodyHTML: comment.content, createdAt: createdAt, status: Self.commentStatus(comment["approved"])
            )
        )
    }

    /// `1` published, `0` held, `spam`, `trash` (and `post-trashed`) deleted; anything else held.
    static func commentStatus(_ approved: String?) -> CommentStatus {
        switch approved {
        case "1", "approve", "approved": .published
        case "spam": .spam
        case "trash", "post-trashed": .deleted
        default: .pending
        }
    }

    /// WordPress's own addresses of the item's categories and tags (`/category/news/`, `/tag/iraq/`), with
    /// the label each became.
    private func labelAddresses(of item: WordPressItem) -> [String: String] {
        var addresses: [String: String] = [:]
        for (domain, nicename, name) in item.categories {
            guard let nicename, !nicename.isEmpty, nicename.allSatisfy({ $0.isASCII && $0 != "/" && $0 != "?" }) else {
                continue
            }
            let label = PlainText.fromHTML(name)
            guard !label.isEmpty else { continue }
            switch domain {
            case "category": addresses["/category/\(nicename)/"] = label
            case "post_tag", "tag": addresses["/tag/\(nicename)/"] = label
            default: continue
            }
        }
        return addresses
    }
}
