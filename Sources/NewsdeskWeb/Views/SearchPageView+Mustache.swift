import Mustache

// Named explicitly rather than found by reflection: search pages are rendered for every request.
extension SearchPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "blog": return blog
        case "meta": return meta
        case "sidebar": return sidebar
        case "query": return query
        case "hasQuery": return hasQuery
        case "hits": return hits
        case "hasHits": return hasHits
        case "noResults": return noResults
        case "newerURL": return newerURL
        case "olderURL": return olderURL
        case "hasPager": return hasPager
        default: return nil
        }
    }
}

extension SearchPageView.Hit: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "path": return path
        case "dateHeader": return dateHeader
        case "outlet": return outlet
        case "snippetHTML": return snippetHTML
        default: return nil
        }
    }
}

extension BlogView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        default: return nil
        }
    }
}

extension PageMeta.FeedLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "type": return type
        case "href": return href
        default: return nil
        }
    }
}
