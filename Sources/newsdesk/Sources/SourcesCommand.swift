import ArgumentParser

/// `newsdesk sources …`: the clipped stories' source addresses.
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Check clipped stories' source addresses for stories that died or moved.",
        subcommands: [SourcesCheckCommand.self]
    )
}
