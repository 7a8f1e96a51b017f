import Foundation
import Hummingbird
import NIOCore
import NewsdeskCore

/// The body of `POST` and `PATCH /api/v1/admin/posts`: the fields to set, each optional (a `PATCH` changes only
/// those given). The fields are laid over the editor's ``PostDraft`` and checked by its rules, so a post made
/// here is made exactly as the editor would make it.
struct AdminAPIPostInput: Decodable, Sendable {
    /// The clipped story.
    struct ClippingInput: Decodable, Sendable {
        var sourceURL: String?
        var outlet: String?
        var headline: String?
        /// The quoted paragraphs, in order.
        var excerpt: [String]?
    }

    /// The photo at the top.
    struct ImageInput: Decodable, Sendable {
        var url: String
        var caption: String?
        var alt: String?
    }

    var title: String?
    var slug: String?
    var commentary: String?
    var body: String?
    var summary: String?
    var labels: [String]?
    var clipping: ClippingInput?
    var image: ImageInput?
    /// `draft`, `published` or `scheduled`.
    var status: String?
    /// When a scheduled post appears (or when a published one did).
    var publishedAt: Date?
    var commentMode: String?
    var kind: String?

    /// The largest body read: a whole article's Markdown fits many times over.
    static let maximumBytes = 1_048_576

    /// Reads the body of `request`, never more than ``maximumBytes``: a 413 problem in a sentence past that (as
    /// it arrives), a 400 when it is not the JSON expected.
    static func read(_ request: Request) async throws -> AdminAPIPostInput {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBytes)
        } catch is NIOTooManyBytesError {
            throw ProblemDetails(
                .contentTooLarge, detail: "The request body is larger than 1 MB; a post's fields fit in far less.")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(AdminAPIPostInput.self, from: Data(buffer: buffer))
        } catch {
            throw ProblemDetails(
                .badRequest,
                detail: "The body is not a JSON object with the fields of a post (title, commentary, status, "
                    + "labels, clipping…); times are ISO 8601 like 2026-01-31T09:00:00Z.")
        }
    }

    /// The editor's action this status asks for, given the post's state now (`nil` for a new post); a 422
    /// problem for an unknown status.
    func action(from current: PostStatus?) throws -> EditorAction {
        switch status {
        case nil: return .save
        case "published": return .publish
        case "scheduled": return .schedule
        case "draft": return current == .published || current == .scheduled ? .unpublish : .save
        default:
            throw ProblemDetails(
                .unprocessableContent, detail: "The status must be draft, published or scheduled.")
        }
    }

    /// `draft` with the fields given laid over it, trimmed as the editor's form trims them; labels with a
    /// comma are refused, since the editor's one field separates labels with commas.
    func applied(to draft: PostDraft, timeZone: TimeZone) throws -> PostDraft {
        var draft = draft
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let title { draft.title = trimmed(title) }
        if let slug { draft.slug = trimmed(slug) }
        if let commentary { draft.commentary = commentary }
        if let body { draft.body = body }
        if let labels {
            guard !labels.contains(where: { $0.contains(",") }) else {
                throw ProblemDetails(.unprocessableContent, detail: "A label cannot contain a comma.")
            }
            draft.labels = labels.map(trimmed).joined(separator: ", ")
        }
        if let clipping {
            if let url = clipping.sourceURL { draft.sourceURL = trimmed(url) }
            if let outlet = clipping.outlet { draft.outlet = trimmed(outlet) }
            if let headline = clipping.headline { draft.headline = trimmed(headline) }
            if let excerpt = clipping.excerpt { draft.excerpt = excerpt.map(trimmed).joined(separator: "\n\n") }
        }
        if let image {
            draft.imageURL = trimmed(image.url)
            draft.imageCaption = trimmed(image.caption ?? "")
            draft.imageAlt = trimmed(image.alt ?? "")
        }
        if let publishedAt { draft.publishAt = DateFormatting(timeZone: timeZone).dateTimeLocal(publishedAt) }
        if let commentMode { draft.commentMode = commentMode }
        if let kind { draft.kind = kind }
        return draft
    }
}
