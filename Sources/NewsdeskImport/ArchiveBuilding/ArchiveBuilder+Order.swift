import Foundation
import NewsdeskCore

extension ArchiveBuilder {
    /// Numbers the posts oldest first, whatever order the export lists them in (Blogger writes the newest
    /// first), and points the comments at the new numbers: stored ids then follow publication, which search
    /// relies on when it ranks a broad query's newest matches.
    static func numberedByDate(_ archive: inout BlogArchive) {
        let order = archive.posts.indices.sorted { left, right in
            let a = archive.posts[left].publishedAt ?? archive.posts[left].updatedAt
            let b = archive.posts[right].publishedAt ?? archive.posts[right].updatedAt
            return a == b ? left < right : a < b
        }
        var newIDs: [Int64: Int64] = [:]
        var posts: [ArchivedPost] = []
        posts.reserveCapacity(archive.posts.count)
        for (position, index) in order.enumerated() {
            var post = archive.posts[index]
            newIDs[post.id] = Int64(position + 1)
            post.id = Int64(position + 1)
            posts.append(post)
        }
        archive.posts = posts
        for index in archive.comments.indices {
            if let id = newIDs[archive.comments[index].post] { archive.comments[index].post = id }
        }
    }
}
