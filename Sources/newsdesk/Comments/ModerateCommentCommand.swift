import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore

/// `newsdesk comments approve|spam|delete|restore ID`: one moderation action, recorded with who and when.
enum ModerateCommentCommand {
    struct Arguments: ParsableArguments {
        @Argument(help: "The comment's id (see `newsdesk comments list`).")
        var id: Int64

        @Option(help: "Who is acting, for the moderation log. Default: the login name.")
        var by: String?

        @OptionGroup var options: DatabaseOptions

        func perform(_ action: ModerationAction) async throws {
            let actor = by ?? ProcessInfo.processInfo.environment["USER"] ?? "cli"
            let id = self.id
            let comment = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
                try await store.moderate(commentID: id, action: action, actor: actor)
            }
            print("Comment #\(comment.id) is now \(comment.status.rawValue).")
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve", abstract: "Publish a held or spam comment.")
        @OptionGroup var arguments: Arguments
        func run() async throws { try await arguments.perform(.approve) }
    }

    struct Spam: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "spam", abstract: "Mark a comment as spam.")
        @OptionGroup var arguments: Arguments
        func run() async throws { try await arguments.perform(.spam) }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete a comment (it is kept and can be restored).")
        @OptionGroup var arguments: Arguments
        func run() async throws { try await arguments.perform(.delete) }
    }

    struct Restore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore", abstract: "Restore a deleted comment to the state it had before.")
        @OptionGroup var arguments: Arguments
        func run() async throws { try await arguments.perform(.restore) }
    }
}
