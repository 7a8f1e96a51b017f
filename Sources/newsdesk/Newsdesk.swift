import ArgumentParser

/// The `newsdesk` command: serve a blog, migrate its database, and more.
@main
struct Newsdesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdesk",
        abstract: "A publishing platform for news-commentary blogs.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, UserCommand.self, CommentsCommand.self, ImportCommand.self,
            ExportCommand.self, BackupCommand.self, SourcesCommand.self, TokenCommand.self,
        ],
        defaultSubcommand: nil
    )
}
