import Foundation
import NewsdeskClipper
import NewsdeskCore

/// The post editor's fields as typed: read from a stored post or a submitted form, checked, and turned into a
/// post. Every field is kept as text, so a refused form comes back exactly as it was typed.
struct PostDraft: Sendable {
    var title = ""
    var slug = ""
    var labels = ""
    var sourceURL = ""
    var headline = ""
    var outlet = ""
    var excerpt = ""
    var imageURL = ""
    var imageCaption = ""
    var imageAlt = ""
    var commentary = ""
    var body = ""
    /// `YYYY-MM-DDTHH:MM` in the blog's time zone, as `<input type="datetime-local">` sends it.
    var publishAt = ""
    var commentMode = CommentMode.open.rawValue
    /// `post` (dated, listed) or `page` (About, Contact: at `/p/<slug>.html`, linked from the header).
    var kind = PostKind.post.rawValue

    /// The longest text accepted in any one field (a whole article's Markdown fits).
    static let maximumFieldLength = 200_000

    init() {}

    /// The fields of a stored post.
    init(_ post: Post, timeZone: TimeZone) {
        title = post.title
        slug = post.slug
        labels = post.labels.joined(separator: ", ")
        sourceURL = post.clipping?.sourceURL ?? ""
        headline = post.clipping?.headline ?? ""
        outlet = post.clipping?.outlet ?? ""
        excerpt = post.clipping?.excerptParagraphs.joined(separator: "\n\n") ?? ""
        imageURL = post.image?.url ?? ""
        imageCaption = post.image?.caption ?? ""
        imageAlt = post.image?.altText ?? ""
        commentary = post.commentary
        body = post.bodyHTML
        publishAt = post.publishedAt.map { DateFormatting(timeZone: timeZone).dateTimeLocal($0) } ?? ""
        commentMode = post.commentMode.rawValue
        kind = post.kind.rawValue
    }

    /// The fields of a submitted editor form.
    init(_ form: SubmittedForm) {
        func text(_ name: String) -> String {
            String((form[name] ?? "").replacingOccurrences(of: "\r\n", with: "\n").prefix(Self.maximumFieldLength))
        }
        title = text("title").trimmingCharacters(in: .whitespacesAndNewlines)
        slug = text("slug").trimmingCharacters(in: .whitespaces)
        labels = text("labels")
        sourceURL = text("source_url").trimmingCharacters(in: .whitespaces)
        headline = text("headline").trimmingCharacters(in: .whitespacesAndNewlines)
        outlet = text("outlet").trimmingCharacters(in: .whitespacesAndNewlines)
        excerpt = text("excerpt")
        imageURL = text("image_url").trimmingCharacters(in: .whitespaces)
        imageCaption = text("image_caption").trimmingCharacters(in: .whitespacesAndNewlines)
        imageAlt = text("image_alt").trimmingCharacters(in: .whitespacesAndNewlines)
        commentary = text("commentary")
        body = text("body")
        publishAt = text("publish_at").trimmingCharacters(in: .whitespaces)
        commentMode = form["comment_mode"] ?? CommentMode.open.rawValue
        kind = form["kind"] ?? PostKind.post.rawValue
    }

    /// The labels, split at commas.
    var labelList: [String] {
        labels.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The draft with the story at its source address fetched into what the writer left empty (what they typed
    /// is never overwritten), and a notice; or why the fetch failed, in a sentence. The one rule for filling a
    /// clipping, used by the editor's Fetch button and by Micropub's `bookmark-of` and `repost-of`.
    func fetchingClip(with clipper: ClipFetcher) async -> Result<(draft: PostDraft, notice: String), EditorError> {
        guard !sourceURL.isEmpty else { return .failure(EditorError("Paste the story's address, then press Fetch.")) }
        let clip: ClipMetadata
        do {
            clip = try await clipper.fetch(sourceURL)
        } catch {
            return .failure(EditorError("The story could not be fetched: \(error.description)"))
        }
        var filled = self
        filled.sourceURL = clip.sourceURL
        if filled.headline.isEmpty { filled.headline = clip.headline }
        if filled.outlet.isEmpty { filled.outlet = clip.outlet }
        if filled.excerpt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            filled.excerpt = clip.excerptParagraphs.joined(separator: "\n\n")
        }
        if filled.imageURL.isEmpty, let image = clip.imageURL { filled.imageURL = image }
        if filled.title.isEmpty { filled.title = clip.headline }
        let notice = "Fetched “\(clip.headline)” from \(clip.outlet). Check the excerpt, then write your commentary."
        return .success((filled, notice))
    }
}
