import Mustache

// Named explicitly so the computed fields (`ogTitle`, `twitterCard`) reach the templates; reflection sees
// stored properties only.
extension PageMeta: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "description": return description
        case "canonicalURL": return canonicalURL
        case "siteName": return siteName
        case "ogTitle": return ogTitle
        case "ogType": return ogType
        case "imageURL": return imageURL
        case "jsonLD": return jsonLD
        case "noIndex": return noIndex
        case "feeds": return feeds
        case "micropubURL": return micropubURL
        case "twitterCard": return twitterCard
        default: return nil
        }
    }
}
