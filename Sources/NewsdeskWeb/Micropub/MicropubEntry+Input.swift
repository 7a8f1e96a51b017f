import Foundation
import NewsdeskCore

extension MicropubEntry {
    /// The Admin API's input for the post `properties` describe. Every field Micropub maps is set, a missing
    /// property clearing its field, so the input lays over a new draft or a stored post alike; the state and
    /// time only when `withState` (a new entry, or an update that changed `post-status` or `published`).
    /// `current` is the draft it will be laid over: an unchanged photo keeps its caption.
    static func input(
        _ properties: MicropubProperties, over current: PostDraft, baseURL: String, withState: Bool, now: Date = Date()
    ) throws(MicropubError) -> AdminAPIPostInput {
        var input = AdminAPIPostInput()
        input.title = properties["name"]?.first?.text ?? ""
        let content = properties["content"] ?? []
        input.body = content.lazy.compactMap(\.html).first ?? ""
        var commentary = content.first { $0.html == nil && $0.text != nil }?.text ?? ""
        input.labels = (properties["category"] ?? []).compactMap(\.text)
        let photos = (properties["photo"] ?? []).compactMap { photo in
            photo.text.map { (url: ownAddress($0, baseURL: baseURL), alt: photo["alt"]?.text ?? "") }
        }
        if let first = photos.first {
            let caption = first.url == current.imageURL ? current.imageCaption : nil
            input.image = .init(url: first.url, caption: caption, alt: first.alt)
        } else {
            input.image = .init(url: "")
        }
        // The post shows one image at its top; the others go into the commentary, where readers see them too.
        for photo in photos.dropFirst() {
            commentary += (commentary.isEmpty ? "" : "\n\n") + "![\(photo.alt)](\(photo.url))"
        }
        input.commentary = commentary
        input.clipping = clipping(properties["bookmark-of"]?.first ?? properties["repost-of"]?.first)
        guard withState else { return input }
        var publishedAt: Date?
        if let text = properties["published"]?.first?.text {
            guard let date = date(text) else {
                throw .invalidRequest("“published” must be an ISO 8601 time like 2026-01-31T09:00:00Z.")
            }
            publishedAt = date
        }
        input.publishedAt = publishedAt
        switch properties["post-status"]?.first?.text {
        case "draft": input.status = "draft"
        case nil, "published":
            input.status = (publishedAt ?? now) > now.addingTimeInterval(60) ? "scheduled" : "published"
        case let other?: throw .invalidRequest("“post-status” must be draft or published, not “\(other.prefix(40))”.")
        }
        return input
    }

    /// The clipping a `bookmark-of` or `repost-of` value names: a URL, or an `h-cite` with its details; an empty
    /// address (no clipping) without one.
    static func clipping(_ value: MicropubValue?) -> AdminAPIPostInput.ClippingInput {
        guard let value else { return .init(sourceURL: "", outlet: "", headline: "", excerpt: []) }
        let cite = value.properties ?? [:]
        let excerpt = cite["content"]?.first.flatMap { $0.text ?? $0.html.map(PlainText.fromHTML) } ?? ""
        return .init(
            sourceURL: cite["url"]?.first?.text ?? value.text ?? "",
            outlet: (cite["publication"]?.first ?? cite["author"]?.first).flatMap(nameOrText) ?? "",
            headline: cite["name"]?.first?.text ?? "",
            excerpt: excerpt.components(separatedBy: "\n\n"))
    }

    /// The name of a nested `h-card`, or plain text.
    private static func nameOrText(_ value: MicropubValue) -> String? {
        value.properties?["name"]?.first?.text ?? value.text
    }

    /// An address on this blog's media as the editor stores it (`/media/…`), others as given.
    static func ownAddress(_ url: String, baseURL: String) -> String {
        url.hasPrefix(baseURL + "/media/") ? String(url.dropFirst(baseURL.count)) : url
    }
}
