import NewsdeskCore

extension WordPressContent {
    /// `[gallery]`: the images it names (`ids="1,2,3"`, or the older `include=`), else the post's own
    /// attached images (or those of the post `id=` names), each as a `<figure>` (the attachment's title as `alt`); when the
    /// export holds none of them, the gallery is removed and a note says so.
    mutating func gallery(_ shortcode: Shortcode) -> String? {
        let index = attachments()
        let wanted = (shortcode.attributes["ids"] ?? shortcode.attributes["include"])?
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var images: [WordPressAttachments.Attachment]
        if let wanted {
            images = wanted.compactMap { index?.byID[$0] }
        } else {
            images = index?.images(of: shortcode.attributes["id"] ?? postID) ?? []
        }
        let excluded = Set((shortcode.attributes["exclude"] ?? "").split(separator: ",").map(String.init))
        images.removeAll { excluded.contains($0.id) }
        guard !images.isEmpty else {
            notes.append("gallery in \(describedPost) removed: the export holds none of its images")
            return ""
        }
        if let wanted, images.count < wanted.count {
            notes.append(
                "gallery in \(describedPost): \(wanted.count - images.count) of its \(wanted.count) images are "
                    + "not in the export")
        }
        return images.map { image in
            "<figure><img src=\"\(HTMLText.escape(image.url))\" alt=\"\(HTMLText.escape(image.title))\"></figure>"
        }.joined(separator: "\n")
    }

    var describedPost: String {
        title.isEmpty ? "post \(postID)" : "post '\(title)'"
    }
}
