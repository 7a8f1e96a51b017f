import Foundation

/// What readers browse by: filtered listings, labels, outlets, archive dates, search, feeds and the sitemap.
/// Everything here sees published content only.
public protocol DiscoveryStore: Sendable {
    /// Published posts (not pages) matching `filter`, newest first.
    func publishedPosts(_ filter: PostFilter, offset: Int, limit: Int) async throws -> [Post]
    /// Every label on a published post with its count, by label.
    func labelCounts() async throws -> [LabelCount]
    /// Every outlet clipped by a published post with its count, most clipped first.
    func outletCounts() async throws -> [OutletCount]
    /// Published posts counted by year and month in `timeZone`, for the archive widget.
    func archiveCalendar(in timeZone: TimeZone) async throws -> ArchiveCalendar
    /// Published pages (About, Contact), by title.
    func publishedPages() async throws -> [Post]
    /// Published posts matching `query`, best first, with the passage that matched.
    func search(_ query: SearchQuery, offset: Int, limit: Int) async throws -> [SearchHit]
    /// Published comments on published posts, newest first; only those of `postID` when given.
    func publishedComments(onPost postID: Int64?, offset: Int, limit: Int) async throws -> [QueuedComment]
    /// Every published post and page with its last change, newest first.
    func sitemapEntries() async throws -> [SitemapEntry]
    /// The post imported from the source entry whose key ends with `suffix` (Blogger's `.post-<id>`).
    func postID(sourceKeySuffix suffix: String) async throws -> Int64?
}
