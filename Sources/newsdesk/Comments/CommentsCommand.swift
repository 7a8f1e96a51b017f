import ArgumentParser

/// `newsdesk comments …`: the moderation queue and the comment rules, from the command line.
struct CommentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "comments",
        abstract: "Moderate comments and set the comment rules.",
        subcommands: [
            ListCommentsCommand.self, ModerateCommentCommand.Approve.self, ModerateCommentCommand.Spam.self,
            ModerateCommentCommand.Delete.self, ModerateCommentCommand.Restore.self, ReplyCommand.self,
            CommentPolicyCommand.self, CommentModeCommand.self,
        ]
    )
}
