import Foundation
import NewsdeskCore

/// One page of search results, best first, with the addresses of the pages around it.
struct APISearchResults: Codable, Sendable, Equatable {
    /// One matching post and the passage that matched.
    struct Result: Codable, Sendable, Equatable {
        var id: Int64
        var title: String
        var path: String
        var url: String
        var publishedAt: Date
        var outlet: String?
        /// The passage as plain text.
        var snippet: String
        /// The passage as HTML: the text escaped, the matched words in `<mark>`.
        var snippetHTML: String

        init(_ hit: SearchHit, baseURL: String) {
            id = hit.postID
            title = hit.title
            path = hit.path
            url = baseURL + hit.path
            publishedAt = hit.date
            outlet = hit.outlet
            snippet = String(hit.snippet.filter { $0 != SearchHit.markStart && $0 != SearchHit.markEnd })
            snippetHTML = SearchSnippet.html(hit.snippet)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(path, forKey: .path)
            try container.encode(url, forKey: .url)
            try container.encode(publishedAt, forKey: .publishedAt)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(snippet, forKey: .snippet)
            try container.encode(snippetHTML, forKey: .snippetHTML)
        }
    }

    var query: String
    var results: [Result]
    var page: Int
    var limit: Int
    var next: String?
    var previous: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(query, forKey: .query)
        try container.encode(results, forKey: .results)
        try container.encode(page, forKey: .page)
        try container.encode(limit, forKey: .limit)
        try container.encode(next, forKey: .next)
        try container.encode(previous, forKey: .previous)
    }
}
