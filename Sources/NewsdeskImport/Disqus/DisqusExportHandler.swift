import Foundation
import NewsdeskCore

/// Reads a Disqus export from the parser's events: threads (`dsq:id` → link) and posts (the comments). A
/// comment names its thread by `dsq:id`; its `postSourceID` is the thread's link, matched to posts by URL
/// later. Threads may come after the comments that use them, so those comments wait for their thread.
final class DisqusExportHandler: XMLEventHandler {
    private let sink: ImportSink
    /// Thread `dsq:id` → its link (possibly empty).
    private var threadLinks: [String: String] = [:]
    /// Comments whose thread has not been read yet, by thread `dsq:id`.
    private var waiting: [String: [ImportedComment]] = [:]
    private var element: (kind: String, id: String, position: XMLPosition)?
    private var fields: [String: String] = [:]
    private var authorFields: [String: String] = [:]
    private var inAuthor = false

    init(sink: ImportSink) {
        self.sink = sink
    }

    private func isDisqus(_ name: XMLName, _ local: String) -> Bool {
        name.namespace == DisqusNamespace.disqus && name.local == local
    }

    func didStart(_ start: XMLElementStart) throws {
        let name = start.name
        switch start.depth {
        case 1:
            guard isDisqus(name, "disqus") else {
                let guess = ImportFormat.describeRoot(name, declaredNamespaces: start.declaredNamespaces)
                throw start.position.error("not a Disqus export: the root element is <\(name.local)>\(guess)")
            }
        case 2 where isDisqus(name, "thread") || isDisqus(name, "post"):
            element = (name.local, start.attributes[DisqusNamespace.internals, "id"] ?? "", start.position)
            fields = [:]
            authorFields = [:]
        case 3 where element != nil && isDisqus(name, "author"):
            inAuthor = true
        case 3 where element != nil && (isDisqus(name, "thread") || isDisqus(name, "parent")):
            // A post's <thread dsq:id="…"/> and <parent dsq:id="…"/> carry their reference as an attribute.
            fields[name.local] = start.attributes[DisqusNamespace.internals, "id"] ?? ""
        default: break
        }
    }

    func didEnd(_ end: XMLElementEnd) throws {
        guard end.name.namespace == DisqusNamespace.disqus else { return }
        switch end.depth {
        case 1: settleWaiting()
        case 2 where element != nil:
            if element?.kind == "thread" { try finishThread() } else { try finishPost() }
            element = nil
        case 3 where inAuthor && end.name.local == "author": inAuthor = false
        case 3 where fields[end.name.local] == nil: fields[end.name.local] = end.text.value
        case 4 where inAuthor: authorFields[end.name.local] = end.text.trimmed
        default: break
        }
    }

    private func finishThread() throws {
        guard let id = element?.id else { return }
        let link = (fields["link"] ?? "").trimmingXMLSpace
        threadLinks[id] = link
        for comment in waiting.removeValue(forKey: id) ?? [] {
            try deliver(comment, threadLink: link)
        }
    }

    private func finishPost() throws {
        guard let id = element?.id, !id.isEmpty else {
            return sink.skip(SkippedEntry(kind: "post", sourceID: "", reason: "no dsq:id"))
        }
        guard let date = ImportDate.iso8601(fields["createdAt"] ?? "") else {
            return sink.skip(SkippedEntry(kind: "post", sourceID: id, reason: "no valid createdAt"))
        }
        let status: CommentStatus =
            flag("isSpam") ? .spam : flag("isDeleted") ? .deleted : .published
        let name = authorFields["name"].flatMap { $0.isEmpty ? nil : $0 } ?? authorFields["username"] ?? ""
        let threadID = fields["thread"] ?? ""
        let comment = ImportedComment(
            sourceID: id, postSourceID: threadID, parentSourceID: fields["parent"].flatMap { $0.isEmpty ? nil : $0 },
            authorName: PersonName.commenter(name), authorURL: authorFields["link"].flatMap(PersonName.url),
            authorEmail: PersonName.email(authorFields["email"] ?? ""), bodyHTML: fields["message"] ?? "",
            createdAt: date, status: status
        )
        if let link = threadLinks[threadID] {
            try deliver(comment, threadLink: link)
        } else {
            waiting[threadID, default: []].append(comment)
        }
    }

    private func flag(_ field: String) -> Bool {
        fields[field]?.trimmingXMLSpace.lowercased() == "true"
    }

    private func deliver(_ comment: ImportedComment, threadLink: String) throws {
        guard !threadLink.isEmpty else {
            return sink.skip(SkippedEntry(kind: "post", sourceID: comment.sourceID, reason: "its thread has no link"))
        }
        var comment = comment
        comment.postSourceID = threadLink
        try sink.deliver(comment)
    }

    /// At the end: comments whose thread never came.
    private func settleWaiting() {
        for comment in waiting.values.joined().sorted(by: { $0.sourceID < $1.sourceID }) {
            sink.skip(SkippedEntry(kind: "post", sourceID: comment.sourceID, reason: "its thread is not in the export"))
        }
        waiting = [:]
    }
}
