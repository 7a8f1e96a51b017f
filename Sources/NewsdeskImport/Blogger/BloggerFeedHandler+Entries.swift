import Foundation
import NewsdeskCore

extension BloggerFeedHandler {
    /// Turns a finished entry into a post, page or comment for the sink, or a skipped record.
    func process(_ entry: BloggerEntry) throws {
        switch entry.kind {
        case .post: try deliverPost(entry, kind: .post)
        case .page: try deliverPost(entry, kind: .page)
        case .comment: try deliverComment(entry)
        case .settings:
            let setting = entry.id.split(separator: ".").last.map(String.init) ?? entry.id
            if setting == "BLOG_NAME" { settingsTitle = PlainText.collapsingWhitespace(entry.content) }
            if setting == "BLOG_DESCRIPTION" { settingsDescription = PlainText.collapsingWhitespace(entry.content) }
            sink.skip(SkippedEntry(kind: "settings", sourceID: entry.id, title: setting, reason: "Blogger setting"))
        case .template:
            sink.skip(
                SkippedEntry(
                    kind: "template", sourceID: entry.id, title: title(of: entry),
                    reason: "Blogger template (Newsdesk uses its own theme)"
                )
            )
        case .other(let kind):
            sink.skip(
                SkippedEntry(
                    kind: kind.isEmpty ? "entry" : kind, sourceID: entry.id, title: title(of: entry),
                    reason: "not a Blogger post, page or comment"
                )
            )
        }
    }

    private func title(of entry: BloggerEntry) -> String {
        entry.titleType == "text"
            ? entry.title.trimmingXMLSpace
            : PlainText.fromHTML(entry.title)
    }

    private func body(of entry: BloggerEntry) -> String {
        entry.contentType == "text" ? HTMLText.withLineBreaks(entry.content) : entry.content
    }

    private func deliverPost(_ entry: BloggerEntry, kind: ImportedPost.Kind) throws {
        guard let status = postStatus(of: entry) else {
            skippedPostIDs.insert(entry.id)
            sink.skip(
                SkippedEntry(kind: kind.rawValue, sourceID: entry.id, title: title(of: entry), reason: "in the trash")
            )
            return
        }
        let originalURL = entry.alternateURL.flatMap(PersonName.url)
        let path = entry.takeout.filename.flatMap { $0.isEmpty ? nil : $0 } ?? originalURL.flatMap(OldURL.path)
        var labels: [String] = []
        for label in entry.labels where !labels.contains(label) { labels.append(label) }
        let post = ImportedPost(
            sourceID: entry.id, kind: kind, title: title(of: entry), bodyHTML: body(of: entry), status: status,
            publishedAt: entry.published.flatMap(ImportDate.iso8601),
            updatedAt: entry.updated.flatMap(ImportDate.iso8601), originalPath: path, originalURL: originalURL,
            slug: path.flatMap(OldURL.slug), labels: labels, authorName: PersonName.nonEmpty(entry.authorName),
            authorURL: PersonName.url(entry.authorURI)
        )
        postAuthors[entry.id] = (entry.authorName, entry.authorURI)
        try sink.deliver(post)
    }

    /// The post's status; nil for one in the trash.
    private func postStatus(of entry: BloggerEntry) -> ImportedPost.Status? {
        guard let status = entry.takeout.status?.uppercased() else { return entry.isDraft ? .draft : .published }
        if let trashed = entry.takeout.trashed, !trashed.isEmpty { return nil }
        switch status {
        case "LIVE": return .published
        case "SCHEDULED": return .scheduled
        case "SOFT_TRASHED", "TRASHED", "DELETED": return nil
        // DRAFT, and anything newer than this reader: kept, but not shown.
        default: return .draft
        }
    }

    private func deliverComment(_ entry: BloggerEntry) throws {
        let postID = entry.takeout.parent ?? entry.inReplyToRef ?? ""
        guard !postID.isEmpty else {
            sink.skip(SkippedEntry(kind: "comment", sourceID: entry.id, reason: "the export does not say its post"))
            return
        }
        guard let date = (entry.published ?? entry.takeout.created ?? entry.updated).flatMap(ImportDate.iso8601)
        else {
            sink.skip(SkippedEntry(kind: "comment", sourceID: entry.id, reason: "no valid date"))
            return
        }
        let comment = ImportedComment(
            sourceID: entry.id, postSourceID: entryID(forPostReference: postID), parentSourceID: parentID(of: entry),
            authorName: PersonName.commenter(entry.authorName), authorURL: PersonName.url(entry.authorURI),
            authorEmail: PersonName.email(entry.authorEmail), bodyHTML: body(of: entry), createdAt: date,
            status: commentStatus(of: entry)
        )
        if postAuthors[comment.postSourceID] != nil {
            try deliver(comment, entry: entry)
        } else if skippedPostIDs.contains(comment.postSourceID) {
            sink.skip(SkippedEntry(kind: "comment", sourceID: entry.id, reason: "its post was not imported"))
        } else {
            deferredComments.append((comment, entry))
        }
    }

    /// The comment replied to: Takeout's `blogger:inReplyTo`, or in the classic export the parent comment's
    /// feed address (`…/comments/default/<id>`) in `link rel="related"`, turned into that comment's entry id.
    private func parentID(of entry: BloggerEntry) -> String? {
        if let parent = entry.takeout.inReplyTo, !parent.isEmpty {
            return parent == entry.takeout.parent ? nil : parent
        }
        guard let related = entry.relatedURL, related.contains("/comments/"),
            let number = related.split(separator: "/").last, number.allSatisfy(\.isNumber)
        else { return nil }
        // Entry ids read `tag:blogger.com,1999:blog-<blog>.post-<id>` for comments as for posts.
        guard let marker = entry.id.range(of: ".post-", options: .backwards) else { return String(number) }
        return String(entry.id[..<marker.upperBound]) + String(number)
    }

    private func commentStatus(of entry: BloggerEntry) -> CommentStatus {
        if entry.contentRemoved { return .deleted }
        if let trashed = entry.takeout.trashed, !trashed.isEmpty { return .deleted }
        guard let status = entry.takeout.status?.uppercased() else { return .published }
        switch status {
        case "LIVE": return .published
        case "SPAM", "SPAM_COMMENT": return .spam
        case "DELETED", "EMPTIED", "SOFT_TRASHED", "TRASHED": return .deleted
        // PENDING, and anything newer than this reader: held for the editor rather than shown.
        default: return .pending
        }
    }

    private func deliver(_ comment: ImportedComment, entry: BloggerEntry) throws {
        var comment = comment
        let postAuthor = postAuthors[comment.postSourceID] ?? feedAuthor
        comment.isBlogAuthor = Self.samePerson(
            (entry.authorName, entry.authorURI), postAuthor, commenterName: comment.authorName
        )
        try sink.deliver(comment)
    }

    /// The same Blogger profile; or, in exports without profiles (neither has one), the same name. A commenter
    /// without a profile who merely types the author's name is not the author.
    static func samePerson(
        _ commenter: (name: String, uri: String), _ author: (name: String, uri: String), commenterName: String
    ) -> Bool {
        switch (commenter.uri.isEmpty, author.uri.isEmpty) {
        case (false, false): commenter.uri == author.uri
        case (true, true): !commenterName.isEmpty && commenterName == PlainText.collapsingWhitespace(author.name)
        default: false
        }
    }

    /// At the end of the feed: comments whose post came later, or never.
    func settleDeferredComments() throws {
        for (comment, entry) in deferredComments {
            var comment = comment
            // The page a `post-` reference names may have come after the comment.
            comment.postSourceID = entryID(forPostReference: comment.postSourceID)
            if postAuthors[comment.postSourceID] != nil {
                try deliver(comment, entry: entry)
            } else {
                let reason =
                    skippedPostIDs.contains(comment.postSourceID)
                    ? "its post was not imported" : "its post is not in the export"
                sink.skip(SkippedEntry(kind: "comment", sourceID: comment.sourceID, reason: reason))
            }
        }
        deferredComments = []
    }
}
