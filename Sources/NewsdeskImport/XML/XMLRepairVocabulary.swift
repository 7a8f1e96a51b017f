/// The namespaces a format defines, under the prefixes its exporters write: what an undeclared prefix is
/// bound to, and the namespace a root element without one is read in.
struct XMLRepairVocabulary {
    /// Prefix → its usual URI.
    var prefixes: [String: String]
    /// The root element's local name and the default namespace it belongs in, when the format has one.
    var root: (local: String, namespace: String)?

    static func of(_ format: ImportSource) -> XMLRepairVocabulary {
        switch format {
        case .blogger, .bloggerTakeout:
            XMLRepairVocabulary(
                prefixes: [
                    "atom": BloggerNamespace.atom, "app": "http://purl.org/atom/app#",
                    "thr": BloggerNamespace.thread, "gd": BloggerNamespace.gdata,
                    "openSearch": "http://a9.com/-/spec/opensearchrss/1.0/",
                    "georss": "http://www.georss.org/georss", "blogger": BloggerNamespace.takeout,
                    "media": "http://search.yahoo.com/mrss/",
                ],
                root: ("feed", BloggerNamespace.atom))
        case .wordpress:
            XMLRepairVocabulary(
                prefixes: [
                    "wp": "http://wordpress.org/export/1.2/", "excerpt": "http://wordpress.org/export/1.2/excerpt/",
                    "content": WordPressNamespace.content, "dc": WordPressNamespace.dublinCore,
                    "wfw": "http://wellformedweb.org/CommentAPI/", "atom": BloggerNamespace.atom,
                    "georss": "http://www.georss.org/georss", "media": "http://search.yahoo.com/mrss/",
                ],
                root: nil)
        case .disqus:
            XMLRepairVocabulary(
                prefixes: ["dsq": DisqusNamespace.internals], root: ("disqus", DisqusNamespace.disqus))
        }
    }

    /// The URI for `prefix` given what the root declares: WordPress's `excerpt:` follows the version of the
    /// export namespace the file does declare.
    func uri(for prefix: String, rootDeclares declared: [String: String]) -> String? {
        if prefix == "excerpt", let export = declared["wp"], WordPressNamespace.isExport(export) {
            return export + "excerpt/"
        }
        if prefix == "wp", let excerpt = declared["excerpt"], WordPressNamespace.isExcerpt(excerpt) {
            return String(excerpt.dropLast("excerpt/".count))
        }
        return prefixes[prefix]
    }
}
