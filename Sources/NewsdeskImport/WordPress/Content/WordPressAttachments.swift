/// The export's attachments (media library items), by id and by the post they belong to: what `[gallery]`
/// shows. Only what a gallery needs is kept (address, title, parent, order), so the index is a few hundred
/// bytes per attachment however large the export.
struct WordPressAttachments {
    struct Attachment: Equatable {
        var id: String
        var url: String
        var title: String
        var parent: String
        var menuOrder: Int
    }

    private(set) var byID: [String: Attachment] = [:]
    private(set) var byParent: [String: [String]] = [:]

    mutating func add(_ attachment: Attachment) {
        guard !attachment.id.isEmpty, !attachment.url.isEmpty, byID[attachment.id] == nil else { return }
        byID[attachment.id] = attachment
        if !attachment.parent.isEmpty && attachment.parent != "0" {
            byParent[attachment.parent, default: []].append(attachment.id)
        }
    }

    /// A post's own images in WordPress's gallery order (`menu_order`, then id).
    func images(of parent: String) -> [Attachment] {
        (byParent[parent] ?? []).compactMap { byID[$0] }.filter { Self.isImage($0.url) }
            .sorted { ($0.menuOrder, Int($0.id) ?? 0) < ($1.menuOrder, Int($1.id) ?? 0) }
    }

    /// Whether the file looks like an image: WordPress's gallery shows only images, and exports do not carry
    /// the MIME type.
    static func isImage(_ url: String) -> Bool {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let suffix = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return ["jpg", "jpeg", "png", "gif", "webp", "avif", "bmp", "svg", "tif", "tiff", "heic"].contains(suffix)
    }
}
