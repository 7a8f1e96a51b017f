import Foundation
import NewsdeskCore
import NewsdeskImport
import NewsdeskStore

/// Reads an export, turns it into an archive and stores it in one transaction, with progress and a report.
struct ImportRunner {
    let options: DatabaseOptions
    let file: String

    /// A reader's streaming entry point.
    typealias Read =
        @Sendable (
            URL, TimeZone, (ImportedPost) throws -> Void, (ImportedComment) throws -> Void
        ) throws -> ImportSummary

    /// Imports a Blogger, WordPress or Disqus export.
    func importExport(_ source: ImportSource, _ read: Read) async throws {
        let url = try existingFile()
        let progress = ProgressDisplay()
        let started = Date()
        try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            let blog = try await store.blog()
            let builder = ArchiveBuilder(
                source: source, timeZone: blog.timeZone, commentaryHeading: blog.commentaryHeading,
                storedPostsByPath: source == .disqus ? try await store.postIDsByPath() : [:])
            progress.begin("Reading")
            let (archive, skipped, summary) = try Self.readArchive(
                url, builder: builder, progress: progress, read)
            let importOptions = ArchiveImportOptions(
                blogTitle: summary.blogTitle, blogDescription: summary.blogDescription)
            let result = try await Self.store(archive, options: importOptions, in: store, progress: progress)
            var report = ImportReport(
                source: summary.source.displayName, file: url.lastPathComponent, archive: archive,
                result: result, skipped: skipped, seconds: Date().timeIntervalSince(started),
                repairs: summary.repairs)
            report.unknownShortcodes = summary.unknownShortcodes
            report.contentNotes = summary.contentNotes
            print(report.text)
        }
    }

    /// Restores a JSON archive into an empty database.
    func restoreArchive() async throws {
        let url = try existingFile()
        let started = Date()
        let archive: BlogArchive
        do {
            archive = try ArchiveJSON.decode(try Data(contentsOf: url))
        } catch let error as ArchiveJSONError {
            throw CommandFailure("\(file) cannot be restored: \(error.message). Nothing was imported.")
        }
        let progress = ProgressDisplay()
        try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            let result = try await Self.store(
                archive, options: ArchiveImportOptions(requiresEmptyBlog: true), in: store, progress: progress)
            print(
                ImportReport(
                    source: "Newsdesk archive", file: url.lastPathComponent, archive: archive, result: result,
                    skipped: [], seconds: Date().timeIntervalSince(started)
                ).text)
        }
    }

    private func existingFile() throws -> URL {
        let url = URL(fileURLWithPath: file)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandFailure("\(file) is a folder, not an export file.")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw CommandFailure("\(file): no such file, or it cannot be read.")
        }
        return url
    }

    /// The export as an archive, built while the file streams by, or a failure naming line and column.
    private static func readArchive(
        _ url: URL, builder: ArchiveBuilder, progress: ProgressDisplay, _ read: Read
    ) throws -> (BlogArchive, [SkippedEntry], ImportSummary) {
        var builder = builder
        var count = 0
        let summary: ImportSummary
        do {
            summary = try read(
                url, builder.timeZone,
                { post in
                    builder.add(post)
                    count += 1
                    progress.update(count, of: nil)
                },
                { comment in
                    builder.add(comment)
                    count += 1
                    progress.update(count, of: nil)
                })
        } catch let error as ImportError {
            throw CommandFailure("\(url.lastPathComponent): \(error). Nothing was imported.")
        } catch {
            // A failure below the reader (the temporary folder, the disk): a sentence, not a Foundation dump.
            throw CommandFailure(
                "\(url.lastPathComponent) could not be read to the end (\(type(of: error))). Nothing was imported.")
        }
        progress.finish(count)
        let (archive, skipped) = builder.finish(readerSkipped: summary.skipped)
        return (archive, skipped, summary)
    }

    private static func store(
        _ archive: BlogArchive, options: ArchiveImportOptions, in store: SQLStore, progress: ProgressDisplay
    ) async throws -> ArchiveImportResult {
        progress.begin("Storing")
        let total = archive.posts.count + archive.comments.count
        do {
            let result = try await store.importArchive(archive, options: options) { done, total in
                progress.update(done, of: total)
            }
            progress.finish(total)
            return result
        } catch let error as ArchiveImportError {
            throw CommandFailure("\(error). Nothing was imported.")
        }
    }
}
