import ArgumentParser
import NewsdeskCore
import NewsdeskStore

/// `newsdesk comments mode PATH open|closed|hidden`: whether one post takes comments.
struct CommentModeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mode",
        abstract: "Open, close (shown, no new ones) or hide a post's comments."
    )

    @Argument(help: "The post's path, e.g. /2011/01/is-chinese-military-interested-in.html.")
    var path: String

    @Argument(help: "open, closed or hidden.")
    var mode: String

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        guard CommentMode(rawValue: mode) != nil else {
            throw ValidationError("The mode must be open, closed or hidden.")
        }
    }

    func run() async throws {
        let mode = CommentMode(rawValue: self.mode) ?? .open
        let path = self.path
        try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            guard let post = try await store.post(atPath: path), let id = post.id else {
                throw ValidationError("There is no post at \(path).")
            }
            try await store.setCommentMode(postID: id, mode)
        }
        print("Comments on \(path) are now \(mode.rawValue).")
    }
}
