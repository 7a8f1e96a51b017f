import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore

/// `newsdesk comments reply ID --body TEXT`: the editor answers a comment, marked as the blog author's.
struct ReplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Answer a comment as the blog's editor (shown with the blog-author mark)."
    )

    @Argument(help: "The comment to answer.")
    var id: Int64

    @Option(help: "The reply's text. Without it, the text is read from standard input.")
    var body: String?

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let text = body ?? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let cleaned: String
        switch CommentValidation.validate(name: "", body: text) {
        case .failure(let failure): throw ValidationError(failure.message)
        case .success(let value): cleaned = value.body
        }
        let id = self.id
        let reply = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            guard let parent = try await store.comment(id: id) else { throw ModerationError.noSuchComment(id) }
            let blog = try await store.blog()
            return try await store.addComment(
                NewComment(
                    postID: parent.postID, parentID: parent.id, authorName: blog.editorName, isEditor: true,
                    body: cleaned))
        }
        print("Replied as the editor: comment #\(reply.id).")
    }
}
