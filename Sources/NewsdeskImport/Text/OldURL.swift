import Foundation

/// The parts of an old post's address that Newsdesk keeps: the path (with its query, for WordPress's
/// `/?p=12`) and the slug.
enum OldURL {
    /// The path and query of `url`: `http://x.blogspot.com/2011/01/slug.html` → `/2011/01/slug.html`,
    /// `http://localhost/?p=12` → `/?p=12`. A bare path is taken as it is.
    static func path(of url: String) -> String? {
        let trimmed = url.trimmingXMLSpace
        guard !trimmed.isEmpty, let components = URLComponents(string: trimmed) else { return nil }
        var path = components.percentEncodedPath
        if path.isEmpty { path = "/" }
        guard path.hasPrefix("/") else { return nil }
        if let query = components.percentEncodedQuery, !query.isEmpty { path += "?" + query }
        return path
    }

    /// The slug in a path: the file name without `.html` (`/2011/01/slug.html` → `slug`, `/p/about.html` →
    /// `about`), or the last folder of a pretty permalink (`/2008/09/hello-world/` → `hello-world`); nil for
    /// query addresses like `/?p=12` and for the root.
    static func slug(ofPath path: String) -> String? {
        guard !path.contains("?") else { return nil }
        guard let last = path.split(separator: "/").last else { return nil }
        let name = last.hasSuffix(".html") ? last.dropLast(5) : last
        return name.isEmpty ? nil : String(name)
    }
}
