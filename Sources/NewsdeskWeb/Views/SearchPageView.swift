import NewsdeskCore

/// `/search?q=`: the query, the matching posts best first with the passage that matched, and paging.
struct SearchPageView: Sendable {
    struct Hit: Sendable {
        let title: String
        let path: String
        let dateHeader: String
        let outlet: String?
        let snippetHTML: String
    }

    let blog: BlogView
    let meta: PageMeta
    let sidebar: SidebarView
    /// The query as typed, for the search box.
    let query: String
    let hasQuery: Bool
    let hits: [Hit]
    let hasHits: Bool
    let noResults: Bool
    let newerURL: String?
    let olderURL: String?
    let hasPager: Bool

    init(
        blog: Blog, meta: PageMeta, sidebar: SidebarView, query: String, hits: [SearchHit], newerURL: String?,
        olderURL: String?
    ) {
        let dates = DateFormatting(timeZone: blog.timeZone)
        self.blog = BlogView(blog)
        self.meta = meta
        self.sidebar = sidebar
        self.query = query
        hasQuery = !query.isEmpty
        self.hits = hits.map { hit in
            Hit(
                title: hit.title, path: hit.path, dateHeader: dates.dateHeader(hit.date), outlet: hit.outlet,
                snippetHTML: SearchSnippet.html(hit.snippet))
        }
        hasHits = !hits.isEmpty
        noResults = hasQuery && hits.isEmpty
        self.newerURL = newerURL
        self.olderURL = olderURL
        hasPager = newerURL != nil || olderURL != nil
    }
}
