import ArgumentParser
import Foundation
import NewsdeskImport

/// `newsdesk import blogger|wordpress|disqus|json FILE`: bring a whole blog in, in one transaction.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a Blogger, WordPress or Disqus export, or restore a Newsdesk JSON archive.",
        discussion: """
            Each import is one transaction: a file that cannot be read changes nothing. Importing the same \
            export again adds nothing (posts and comments are keyed by the export's ids).
            """,
        subcommands: [Blogger.self, WordPress.self, Disqus.self, JSON.self]
    )

    /// `newsdesk import blogger FILE`.
    struct Blogger: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a Blogger export: the classic Atom backup or Google Takeout's feed.atom.")

        @Argument(help: "The export file.") var file: String
        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            try await ImportRunner(options: options, file: file).importExport(.blogger) { url, _, onPost, onComment in
                try BloggerReader.read(url, onPost: onPost, onComment: onComment)
            }
        }
    }

    /// `newsdesk import wordpress FILE`.
    struct WordPress: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wordpress", abstract: "Import a WordPress export (WXR 1.0 to 1.2).")

        @Argument(help: "The export file.") var file: String
        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            try await ImportRunner(options: options, file: file).importExport(.wordpress) {
                url, zone, onPost, onComment in
                try WordPressReader.read(url, localTimeZone: zone, onPost: onPost, onComment: onComment)
            }
        }
    }

    /// `newsdesk import disqus FILE`.
    struct Disqus: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a Disqus comments export onto the posts already here (matched by address).")

        @Argument(help: "The export file.") var file: String
        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            try await ImportRunner(options: options, file: file).importExport(.disqus) { url, _, onPost, onComment in
                try DisqusReader.read(url, onPost: onPost, onComment: onComment)
            }
        }
    }

    /// `newsdesk import json FILE`.
    struct JSON: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "json", abstract: "Restore a Newsdesk JSON archive into an empty database.")

        @Argument(help: "The archive file (from newsdesk export --format json).") var file: String
        @OptionGroup var options: DatabaseOptions

        func run() async throws {
            try await ImportRunner(options: options, file: file).restoreArchive()
        }
    }
}
