import NewsdeskCore

/// Reads a Blogger export (classic Atom or Takeout `feed.atom`) from the parser's events: collects each
/// entry's fields, and when the entry closes hands a post, page or comment to the sink or records why not.
final class BloggerFeedHandler: XMLEventHandler {
    let sink: ImportSink
    private(set) var isTakeout = false
    private var entry: BloggerEntry?
    /// Inside an entry's `<author>`.
    private var inAuthor = false
    /// Inside the feed's own `<author>`.
    private var inFeedAuthor = false
    private var feedTitle: String?
    private var feedSubtitle: String?
    var settingsTitle: String?
    var settingsDescription: String?
    /// The blog-level `<author>`: the blog's owner.
    var feedAuthor = (name: "", uri: "")
    /// Post and page ids → their author, for `isBlogAuthor` and to know a comment's post exists.
    var postAuthors: [String: (name: String, uri: String)] = [:]
    var skippedPostIDs: Set<String> = []
    /// Comments read before their post (Takeout does not promise an order); settled at the end.
    var deferredComments: [(comment: ImportedComment, entry: BloggerEntry)] = []

    init(sink: ImportSink) {
        self.sink = sink
    }

    func didStart(_ element: XMLElementStart) throws {
        let name = element.name
        if element.depth == 1 {
            try checkRoot(element)
            return
        }
        if element.depth == 2 && name == XMLName(BloggerNamespace.atom, "entry") {
            entry = BloggerEntry()
            return
        }
        if name == XMLName(BloggerNamespace.atom, "author") {
            inFeedAuthor = element.depth == 2
            inAuthor = element.depth == 3 && entry != nil
        }
        guard entry != nil, element.depth == 3 else { return }
        let attributes = element.attributes
        switch name {
        case XMLName(BloggerNamespace.atom, "category"):
            category(term: attributes["term"] ?? "", scheme: attributes["scheme"])
        case XMLName(BloggerNamespace.atom, "link"):
            if attributes["rel"] == "alternate" { entry?.alternateURL = attributes["href"] }
            if attributes["rel"] == "related" { entry?.relatedURL = attributes["href"] }
        case XMLName(BloggerNamespace.thread, "in-reply-to"):
            entry?.inReplyToRef = attributes["ref"]
        case XMLName(BloggerNamespace.atom, "title"):
            entry?.titleType = attributes["type"] ?? "text"
        case XMLName(BloggerNamespace.atom, "content"):
            entry?.contentType = attributes["type"] ?? "text"
        case XMLName(BloggerNamespace.gdata, "extendedProperty"):
            if attributes["name"] == "blogger.contentRemoved" && attributes["value"] == "true" {
                entry?.contentRemoved = true
            }
        default: break
        }
    }

    func didEnd(_ element: XMLElementEnd) throws {
        let name = element.name
        switch element.depth {
        case 1: try finish()
        case 2 where name == XMLName(BloggerNamespace.atom, "entry"):
            if let finished = entry { try process(finished) }
            entry = nil
        case 2 where inFeedAuthor: inFeedAuthor = false
        case 2: feedField(element)
        case 3 where inFeedAuthor: feedAuthorField(element)
        case 3 where inAuthor: inAuthor = false
        case 3 where entry != nil: entryField(element)
        case 4 where inAuthor && entry != nil: authorField(element)
        case 4 where BloggerNamespace.app.contains(name.namespace) && name.local == "draft":
            entry?.isDraft = element.text.trimmed.lowercased() == "yes"
        default: break
        }
    }

    private func category(term: String, scheme: String?) {
        guard !term.isEmpty else { return }
        if scheme == BloggerNamespace.kindScheme {
            entry?.kindTerm = term
        } else if scheme == BloggerNamespace.labelScheme || isTakeout || entry?.isTakeout == true {
            // Takeout writes labels without the classic scheme (or with a per-blog one).
            entry?.labels.append(term)
        }
    }

    private func checkRoot(_ element: XMLElementStart) throws {
        guard element.name == XMLName(BloggerNamespace.atom, "feed") else {
            let guess = ImportFormat.describeRoot(element.name, declaredNamespaces: element.declaredNamespaces)
            throw element.position.error("not a Blogger export: the root element is <\(element.name.local)>\(guess)")
        }
        isTakeout = element.declaredNamespaces.contains(BloggerNamespace.takeout)
    }

    private func feedField(_ element: XMLElementEnd) {
        guard element.name.namespace == BloggerNamespace.atom else { return }
        switch element.name.local {
        case "title": feedTitle = PlainText.fromHTML(element.text.value)
        case "subtitle": feedSubtitle = PlainText.fromHTML(element.text.value)
        default: break
        }
    }

    private func feedAuthorField(_ element: XMLElementEnd) {
        guard element.name.namespace == BloggerNamespace.atom else { return }
        if element.name.local == "name" { feedAuthor.name = element.text.trimmed }
        if element.name.local == "uri" { feedAuthor.uri = element.text.trimmed }
    }

    private func entryField(_ element: XMLElementEnd) {
        let text = element.text
        switch (element.name.namespace, element.name.local) {
        case (BloggerNamespace.atom, "id"): entry?.id = text.trimmed
        case (BloggerNamespace.atom, "published"): entry?.published = text.trimmed
        case (BloggerNamespace.atom, "updated"): entry?.updated = text.trimmed
        case (BloggerNamespace.atom, "title"): entry?.title = text.value
        case (BloggerNamespace.atom, "content"): entry?.content = text.value
        case (BloggerNamespace.takeout, let local):
            isTakeout = true
            switch local {
            case "type": entry?.takeout.type = text.trimmed
            case "status": entry?.takeout.status = text.trimmed
            case "parent": entry?.takeout.parent = text.trimmed
            case "inReplyTo": entry?.takeout.inReplyTo = text.trimmed
            case "filename": entry?.takeout.filename = text.trimmed
            case "trashed": entry?.takeout.trashed = text.trimmed
            case "created": entry?.takeout.created = text.trimmed
            default: break
            }
        default: break
        }
    }

    private func authorField(_ element: XMLElementEnd) {
        switch (element.name.namespace, element.name.local) {
        case (BloggerNamespace.atom, "name"): entry?.authorName = element.text.trimmed
        case (BloggerNamespace.atom, "uri"): entry?.authorURI = element.text.trimmed
        case (BloggerNamespace.atom, "email"): entry?.authorEmail = element.text.trimmed
        case (BloggerNamespace.takeout, "type"): entry?.takeout.authorType = element.text.trimmed
        default: break
        }
    }

    /// After the feed closes: comments that came before their post, and the blog's name and description.
    private func finish() throws {
        try settleDeferredComments()
        sink.blogTitle = nonEmpty(feedTitle) ?? nonEmpty(settingsTitle)
        sink.blogDescription = nonEmpty(feedSubtitle) ?? nonEmpty(settingsDescription)
    }

    private func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }
}
