import Foundation
import NewsdeskCore
import SQLKit

extension ArchiveWriter {
    /// Adds the posts not stored yet, with their labels; returns every archive post id's stored id.
    func storePosts(
        _ posts: [ArchivedPost], authorIDs: [String: Int64], total: Int, into result: inout ArchiveImportResult
    ) async throws -> [Int64: Int64] {
        let paths = try await database.raw("SELECT path FROM posts").all(decodingColumn: "path", as: String.self)
        let plan = ArchiveImportPlan.posts(
            posts, base: try await highestID("posts"), storedIDs: try await storedSourceKeys("posts"),
            takenPaths: Set(paths))
        result.postsAlreadyThere += plan.alreadyThere
        result.renamedPaths += plan.renamedPaths
        let fresh = plan.fresh
        for (index, batch) in fresh.chunked(into: Self.batchSize).enumerated() {
            try await insertPosts(batch, authorIDs: authorIDs)
            progress(min(posts.count, (index + 1) * Self.batchSize), total)
        }
        result.postsAdded = fresh.count
        return plan.ids
    }

    private func insertPosts(_ batch: ArraySlice<(id: Int64, post: ArchivedPost)>, authorIDs: [String: Int64])
        async throws
    {
        guard !batch.isEmpty else { return }
        let insert = database.insert(into: "posts").columns(
            "id", "kind", "title", "slug", "path", "status", "published_at_ms", "updated_at_ms", "author_id",
            "image_url", "image_caption", "image_alt", "clip_source_url", "clip_headline", "clip_outlet",
            "clip_excerpt", "commentary", "summary", "body_html", "body_text", "comment_mode", "source_key",
            "format"
        )
        var labels: [[any SQLExpression]] = []
        for (id, post) in batch {
            insert.values(
                SQLBind(id), SQLBind(post.kind.rawValue), SQLBind(post.title), SQLBind(post.slug),
                SQLBind(post.path), SQLBind(post.status.rawValue), SQLBind(post.publishedAt?.millisecondsSince1970),
                SQLBind(post.updatedAt.millisecondsSince1970), SQLBind(post.author.flatMap { authorIDs[$0] }),
                SQLBind(post.image?.url), SQLBind(post.image?.caption), SQLBind(post.image?.altText),
                SQLBind(post.clipping?.sourceURL), SQLBind(post.clipping?.headline), SQLBind(post.clipping?.outlet),
                SQLBind(post.clipping.map { ExcerptText.joined($0.excerptParagraphs) }), SQLBind(post.commentary),
                SQLBind(post.summary), SQLBind(post.bodyHTML),
                SQLBind(PostHTML.searchText(image: post.image, bodyHTML: post.bodyHTML)),
                SQLBind(post.commentMode.rawValue),
                SQLBind(post.sourceKey), SQLBind((post.format ?? .plain).rawValue)
            )
            for (position, label) in SQLStore.distinctLabels(post.labels).enumerated() {
                labels.append([SQLBind(id), SQLBind(position), SQLBind(label)])
            }
        }
        try await insert.run()
        for chunk in labels.chunked(into: Self.batchSize * 3) {
            try await database.insert(into: "post_labels").columns("post_id", "position", "label").rows(chunk).run()
        }
    }
}

extension Array {
    /// The elements in consecutive slices of at most `size`.
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
