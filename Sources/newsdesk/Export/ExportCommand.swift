import ArgumentParser
import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskMarkdown
import NewsdeskStore

/// `newsdesk export --format json|blogger [--output FILE]`: everything, to leave or to back up.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole blog: a lossless JSON archive, or a classic Blogger export.",
        discussion: """
            `newsdesk import json` restores the JSON archive into an empty database; exporting that database \
            again gives the same bytes.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case blogger
    }

    @Option(help: "json (everything, lossless) or blogger (classic Blogger Atom export).")
    var format: Format = .json

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "The blog's public address for links in a Blogger export. Default: the blog's base URL setting.")
    var baseURL: String?

    @OptionGroup var options: DatabaseOptions

    func run() async throws {
        let archive = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            try await store.exportArchive()
        }
        let data: Data
        switch format {
        case .json:
            data = try ArchiveJSON.encode(archive)
        case .blogger:
            let origin = baseURL ?? archive.blog?.baseURL ?? ""
            data = BloggerExportWriter(
                baseURL: origin.isEmpty ? "http://localhost" : origin, markdown: MarkdownRenderer.forPosts
            ).write(archive)
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure("cannot write \(output): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(
            Data(
                "Exported \(archive.posts.count) posts and pages, \(archive.comments.count) comments to \(output)\n"
                    .utf8))
    }
}
