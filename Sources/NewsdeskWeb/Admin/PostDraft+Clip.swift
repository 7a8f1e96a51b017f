import NewsdeskClipper
import NewsdeskCore

extension PostDraft {
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
