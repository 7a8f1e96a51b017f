import Foundation
import NewsdeskCore

/// Reads a WordPress export (WXR 1.0–1.2) from the parser's events: checks that it is one (root, namespace,
/// `wp:wxr_version`), collects each item with its comments, and hands posts and pages to the sink.
final class WordPressChannelHandler: XMLEventHandler {
    let sink: ImportSink
    let localTimeZone: TimeZone
    /// The version in the root's `wp` namespace URI ("1.0"), used when the file has no `wp:wxr_version`.
    private var namespaceVersion: String?
    private var channelPosition = XMLPosition.start
    private var versionTag: (text: String, position: XMLPosition)?
    private var versionChecked = false
    private var item: WordPressItem?
    private var comment: WordPressComment?
    private var author: [String: String]?
    private var categoryDomain: String?
    private var categoryNicename: String?
    /// Author login → (`author_id`, display name), from the channel's `wp:author` entries.
    var authors: [String: (id: String, displayName: String)] = [:]
    /// What each namespace URI met so far is, worked out once: every element asks.
    private var namespaceKinds: [String: NamespaceKind] = [:]

    private enum NamespaceKind {
        case export
        case excerpt
        case other
    }

    /// The export being read, for the attachment pass a `[gallery]` needs.
    let input: ImportInput?
    /// The export's attachments once a gallery has asked for them.
    private var attachmentIndex: WordPressAttachments??

    init(sink: ImportSink, localTimeZone: TimeZone, input: ImportInput? = nil) {
        self.sink = sink
        self.localTimeZone = localTimeZone
        self.input = input
    }

    /// The attachments a `[gallery]` shows. Attachments may stand before or after their post in an export,
    /// and posts are handed on as they are read, so the first gallery met starts one light extra pass over
    /// the whole file that keeps only each attachment's id, parent, order, address and title. Memory stays
    /// that index (not deferred posts, which could be most of a photo blog, with their comments), posts keep
    /// their document order, and exports without galleries — most — are read once. Nil when the input cannot
    /// be read again (the main pass then fails too).
    func attachments() -> WordPressAttachments? {
        if let known = attachmentIndex { return known }
        var found: WordPressAttachments?
        if let input {
            // A sink of its own: this pass hands nothing on, and the repairs it needs are the main pass's.
            let sink = ImportSink(onPost: { _ in }, onComment: { _ in })
            found =
                (try? ImportReading.parse(input, as: .wordpress, sink: sink) { WordPressAttachmentScan() })?
                .attachments
        }
        attachmentIndex = .some(found)
        return found
    }

    private func isWordPress(_ name: XMLName, _ local: String) -> Bool {
        name.local == local && kind(of: name.namespace) == .export
    }

    private func kind(of namespace: String) -> NamespaceKind {
        if let known = namespaceKinds[namespace] { return known }
        let kind: NamespaceKind =
            WordPressNamespace.isExport(namespace)
            ? .export : WordPressNamespace.isExcerpt(namespace) ? .excerpt : .other
        namespaceKinds[namespace] = kind
        return kind
    }

    func didStart(_ element: XMLElementStart) throws {
        let name = element.name
        switch element.depth {
        case 1: try checkRoot(element)
        case 2 where name == XMLName("", "channel"): channelPosition = element.position
        case 3 where name == XMLName("", "item"):
            try checkVersion(at: element.position)
            item = WordPressItem()
        case 3 where isWordPress(name, "author"): author = [:]
        case 4 where item != nil && name == XMLName("", "category"):
            categoryDomain = element.attributes["domain"]
            categoryNicename = element.attributes["nicename"]
        case 4 where item != nil && isWordPress(name, "comment"): comment = WordPressComment()
        default: break
        }
    }

    func didEnd(_ element: XMLElementEnd) throws {
        let name = element.name
        switch element.depth {
        case 1: try checkVersion(at: element.position)
        case 2: try checkVersion(at: element.position)
        case 3 where name == XMLName("", "item"):
            if let finished = item { try process(finished) }
            item = nil
        case 3 where isWordPress(name, "author"):
            if let login = author?["author_login"], !login.isEmpty {
                authors[login] = (author?["author_id"] ?? "", author?["author_display_name"] ?? "")
            }
            author = nil
        case 3: channelField(element)
        case 4 where item != nil && isWordPress(name, "comment"):
            if let finished = comment { item?.comments.append(finished) }
            comment = nil
        case 4 where item != nil: itemField(element)
        case 4 where author != nil && kind(of: name.namespace) == .export:
            author?[name.local] = element.text.trimmed
        case 5 where comment != nil: commentField(element)
        default: break
        }
    }

    private func checkRoot(_ element: XMLElementStart) throws {
        let versions = element.declaredNamespaces.compactMap { WordPressNamespace.version(of: $0) }
        guard element.name == XMLName("", "rss"), let version = versions.first else {
            let guess = ImportFormat.describeRoot(element.name, declaredNamespaces: element.declaredNamespaces)
            let what =
                element.name == XMLName("", "rss")
                ? "an RSS feed without WordPress's export namespace" : "the root element is <\(element.name.local)>"
            throw element.position.error("not a WordPress export: \(what)\(guess)")
        }
        namespaceVersion = version
    }

    /// Before the first item (or at the end of a file without items): the file must say which WXR version it
    /// is. Exports older than the tag (WordPress 2.x, namespace `export/1.0/`) are taken as 1.0.
    private func checkVersion(at position: XMLPosition) throws {
        guard !versionChecked else { return }
        versionChecked = true
        if let (text, tagPosition) = versionTag {
            guard WordPressNamespace.isVersionNumber(Substring(text)) else {
                throw tagPosition.error("not a WordPress export: invalid WXR version \"\(text)\" in <wp:wxr_version>")
            }
        } else if namespaceVersion != "1.0" {
            throw channelPosition.error("not a WordPress export: the channel has no <wp:wxr_version>")
        }
    }

    private func channelField(_ element: XMLElementEnd) {
        switch element.name {
        case XMLName("", "title"): sink.blogTitle = PersonName.nonEmpty(PlainText.fromHTML(element.text.value))
        case XMLName("", "description"):
            sink.blogDescription = PersonName.nonEmpty(PlainText.fromHTML(element.text.value))
        case _ where isWordPress(element.name, "wxr_version"):
            if versionTag == nil { versionTag = (element.text.trimmed, element.position) }
        default: break
        }
    }

    private func itemField(_ element: XMLElementEnd) {
        let name = element.name
        let text = element.text
        switch name.namespace {
        case "":
            switch name.local {
            case "title": item?.title = text.value
            case "link": item?.link = text.trimmed
            case "pubDate": item?.pubDate = text.trimmed
            case "guid": item?.guid = text.trimmed
            case "category": item?.categories.append((categoryDomain, categoryNicename, text.value))
            default: break
            }
        case WordPressNamespace.content where name.local == "encoded": item?.content = text.value
        case WordPressNamespace.dublinCore where name.local == "creator": item?.creator = text.trimmed
        default:
            switch kind(of: name.namespace) {
            case .excerpt where name.local == "encoded": item?.excerpt = text.value
            case .export: item?.set(name.local, text.trimmed)
            default: break
            }
        }
    }

    private func commentField(_ element: XMLElementEnd) {
        let name = element.name
        guard kind(of: name.namespace) == .export, name.local.hasPrefix("comment_") else { return }
        let field = String(name.local.dropFirst("comment_".count))
        if field == "content" {
            comment?.content = element.text.value
        } else if comment?.fields[field] == nil {
            comment?.fields[field] = element.text.trimmed
        }
    }
}
