import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskStore

/// `newsdesk comments list`: recent comments, or the held ones, or the spam.
struct ListCommentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List recent comments (all states), or only the held ones or the spam."
    )

    @Flag(help: "Only comments waiting for approval.")
    var pending = false

    @Flag(help: "Only comments marked as spam.")
    var spam = false

    @Flag(help: "Only deleted comments (they can be restored).")
    var deleted = false

    @Option(help: "At most this many comments.")
    var limit = 50

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        var statuses: Set<CommentStatus> = []
        if pending { statuses.insert(.pending) }
        if spam { statuses.insert(.spam) }
        if deleted { statuses.insert(.deleted) }
        if statuses.isEmpty { statuses = Set(CommentStatus.allCases) }
        let chosen = statuses
        let limit = self.limit
        let queue = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            try await store.queue(statuses: chosen, limit: limit)
        }
        if queue.isEmpty {
            print("No comments.")
            return
        }
        let formatter = ISO8601DateFormatter()
        for entry in queue {
            let comment = entry.comment
            let held = entry.heldReason.map { " (held: \($0))" } ?? ""
            print("#\(comment.id)  \(comment.status.rawValue)\(held)  \(formatter.string(from: comment.createdAt))")
            print(
                "    \(comment.displayName) on \(entry.postPath)\(comment.parentID.map { " replying to #\($0)" } ?? "")"
            )
            let body = comment.body.replacingOccurrences(of: "\n", with: " ")
            print("    \(body.count > 160 ? String(body.prefix(160)) + "…" : body)")
        }
    }
}
