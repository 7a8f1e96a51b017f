import Foundation
import NewsdeskCore

extension PostDraft {
    /// What is wrong with the draft, each in words an editor understands; empty when it can be saved.
    func problems() -> [String] {
        var problems: [String] = []
        let typed = [
            ("title", title), ("address (slug)", slug), ("labels", labels), ("story's address", sourceURL),
            ("headline", headline), ("outlet", outlet), ("excerpt", excerpt), ("image address", imageURL),
            ("caption", imageCaption), ("image description", imageAlt), ("commentary", commentary), ("body", body),
            ("publication time", publishAt),
        ]
        if let problem = TextInput.controlCharacterProblem(typed) { problems.append(problem) }
        if title.isEmpty, headline.isEmpty, commentary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        {
            problems.append("Write a title, clip a story or write some commentary before saving.")
        }
        if title.count > 300 { problems.append("The title is longer than 300 characters.") }
        if !sourceURL.isEmpty, !Self.isWebAddress(sourceURL) {
            problems.append("The story's address must start with http:// or https://.")
        }
        if sourceURL.isEmpty, !headline.isEmpty || !excerpt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append("A clipped story needs its address (the headline links to it).")
        }
        if !imageURL.isEmpty, !Self.isWebAddress(imageURL), !imageURL.hasPrefix("/media/") {
            problems.append("The image address must start with http://, https:// or /media/.")
        }
        if labelList.count > 20 { problems.append("A post can have at most 20 labels.") }
        if labelList.contains(where: { $0.count > 100 }) { problems.append("A label is longer than 100 characters.") }
        if CommentMode(rawValue: commentMode) == nil { problems.append("Choose whether the post takes comments.") }
        if PostKind(rawValue: kind) == nil { problems.append("Choose a post or a page.") }
        return problems
    }

    /// Whether `text` is an absolute http or https address with a host.
    static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty
        else { return false }
        return scheme == "http" || scheme == "https"
    }

    /// The post these fields describe, on top of `base` (the stored post, or a new one).
    func post(on base: Post) -> Post {
        var post = base
        post.title = title
        post.slug = slug
        post.labels = labelList
        post.clipping =
            sourceURL.isEmpty
            ? nil
            : Clipping(
                sourceURL: sourceURL, headline: headline, outlet: outlet,
                excerptParagraphs: excerpt.components(separatedBy: "\n\n")
                    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
        post.image =
            imageURL.isEmpty ? nil : PostImage(url: imageURL, caption: imageCaption, altText: imageAlt)
        post.commentary = commentary.trimmingCharacters(in: .whitespacesAndNewlines)
        post.bodyHTML = body.trimmingCharacters(in: .whitespacesAndNewlines)
        post.commentMode = CommentMode(rawValue: commentMode) ?? .open
        // New posts are Markdown; an imported post stays plain text and HTML, as it was written. A post's kind
        // is chosen when it is made: turning a post into a page later would move its address.
        post.format = base.id == nil ? .markdown : base.format
        if base.id == nil { post.kind = PostKind(rawValue: kind) ?? .post }
        return post
    }
}
