import Foundation
import NewsdeskTestSupport
import Testing

@Suite("newsdesk import and export, as an operator runs them", .serialized)
final class ImportExportCommandTests: Sendable {
    let directory: URL

    init() throws {
        directory = try ServerProcess.scratchDirectory("newsdesk-e2e")
    }

    deinit { ServerProcess.removeScratchDirectory(directory) }

    func database(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// `newsdesk export --format json` of a database, as bytes.
    func exportJSON(_ database: String) async throws -> Data {
        let file = directory.appendingPathComponent("export-\(UUID().uuidString).json")
        let result = try await ServerProcess.run([
            "export", "--format", "json", "--output", file.path, "--database", database,
        ])
        #expect(result.status == 0, "\(result.output)")
        return try Data(contentsOf: file)
    }

    @Test("a Blogger export imports once, its old post and comment links answer, a second import adds nothing")
    func bloggerOldLinks() async throws {
        let blog = database("blogger.sqlite")
        let file = try Fixtures.url("blogger/hakyll-convert_blogger-000_2017-export.xml").path
        let first = try await ServerProcess.run(["import", "blogger", file, "--database", blog])
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("added 3 posts and pages, 1 comments"))
        #expect(first.output.contains("56 settings: Blogger setting"))
        let second = try await ServerProcess.run(["import", "blogger", file, "--database", blog])
        #expect(second.status == 0)
        #expect(second.output.contains("added 0 posts and pages, 0 comments"))
        #expect(second.output.contains("Already imported before, left as they were: 3 posts and pages, 1 comments"))

        let server = try await ServerProcess(arguments: ["--database", blog], directory: directory)
        defer { server.stop() }
        let old = try await HTTP.get(server.baseURL + "/2017/09/hakyll-convert-provides-library-and.html")
        #expect(old.status == 200)
        #expect(old.body.contains("Hakyll-convert</a> provides a library"))
        #expect(old.body.contains("<span id=\"c4418218280178244067\"></span>"))
        #expect(old.body.contains("This is an example comment."))
        let link = try await HTTP.get(
            server.baseURL + "/2017/09/hakyll-convert-provides-library-and.html?showComment=1504388723302")
        #expect(link.status == 200 && link.body.contains("c4418218280178244067"))
        #expect(try await HTTP.get(server.baseURL + "/2017/09/my-first-testing-post.html").status == 200)
        let front = try await HTTP.get(server.baseURL + "/")
        #expect(front.body.contains("My first testing post") && !front.body.contains("Just a draft for now"))
    }

    @Test("an imported Blogger blog's label pages and feeds answer at Blogger's addresses, old post ids included")
    func bloggerLabelsAndFeeds() async throws {
        let blog = database("labels.sqlite")
        let file = try Fixtures.url("blogger/google-blog-converters_blogger-sample2.xml").path
        let imported = try await ServerProcess.run(["import", "blogger", file, "--database", blog])
        #expect(imported.status == 0, "\(imported.output)")
        let server = try await ServerProcess(arguments: ["--database", blog], directory: directory)
        defer { server.stop() }
        let label = try await HTTP.get(server.baseURL + "/search/label/Already%20Published")
        #expect(label.status == 200)
        #expect(label.body.contains("Showing posts with label Already Published"))
        let labelFeed = try await HTTP.get(server.baseURL + "/feeds/posts/default/-/Already%20Published")
        #expect(labelFeed.status == 200 && labelFeed.body.contains("term=\"Already Published\""))
        // Blogger's id of "This about sums up my life", which has two comments.
        let comments = try await HTTP.get(server.baseURL + "/feeds/7031156583478223661/comments/default")
        #expect(comments.status == 200)
        #expect(comments.body.components(separatedBy: "<entry>").count - 1 == 2)
        #expect(comments.body.contains("/2008/04/this-about-sums-up-my-life.html#c"))
        let rss = try await HTTP.get(server.baseURL + "/feeds/posts/default?alt=rss")
        #expect(rss.status == 200 && rss.body.contains("<rss version=\"2.0\""))
    }

    @Test("WordPress addresses answer 301 to the imported posts")
    func wordPressRedirects() async throws {
        let blog = database("wordpress.sqlite")
        let file = try Fixtures.url("wordpress/WPTT_themeunittestdata.wordpress.xml").path
        let result = try await ServerProcess.run(["import", "wordpress", file, "--database", blog])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("posts      58 (55 published, 1 draft, 1 private, 1 scheduled)"))
        #expect(result.output.contains("pages      21 (21 published)"))
        let server = try await ServerProcess(arguments: ["--database", blog], directory: directory)
        defer { server.stop() }
        let moved = try await HTTP.get(server.baseURL + "/?p=1241")
        #expect(moved.status == 301)
        let target = try #require(moved.headers["location"])
        #expect(try await HTTP.get(server.baseURL + target).status == 200)
        #expect(try await HTTP.get(server.baseURL + "/p/about.html").status == 200)
        // WordPress's label and feed addresses answer at the label's page and Blogger's feeds.
        let category = try await HTTP.get(server.baseURL + "/category/classic/")
        #expect(category.status == 301 && category.headers["location"] == "/search/label/Classic")
        #expect(try await HTTP.get(server.baseURL + "/search/label/Classic").status == 200)
        let categoryFeed = try await HTTP.get(server.baseURL + "/category/classic/feed/")
        #expect(categoryFeed.headers["location"] == "/feeds/posts/default/-/Classic")
        let feed = try await HTTP.get(server.baseURL + "/feed/")
        #expect(feed.status == 301 && feed.headers["location"] == "/feeds/posts/default")
    }

    @Test("a broken file exits non-zero naming line and column, and the database is as it was")
    func brokenFilesChangeNothing() async throws {
        let blog = database("broken.sqlite")
        let good = try Fixtures.url("blogger/google-blog-converters_blogger-sample2.xml").path
        #expect(try await ServerProcess.run(["import", "blogger", good, "--database", blog]).status == 0)
        let before = try await exportJSON(blog)
        for (kind, path, message) in [
            ("wordpress", "wordpress/wordpress-importer_malformed.xml", "line 90, column 11"),
            ("wordpress", "wordpress/wordpress-importer_missing-version-tag.xml", "Nothing was imported"),
            ("blogger", "wordpress/wordpress-importer_small-export.xml", "WordPress export"),
        ] {
            let result = try await ServerProcess.run(["import", kind, try Fixtures.url(path).path, "--database", blog])
            #expect(result.status != 0, "\(path)")
            #expect(result.output.contains(message), "\(path): \(result.output)")
            #expect(result.output.contains("line ") && result.output.contains(", column "), "\(path): \(result.output)")
        }
        let missing = try await ServerProcess.run(["import", "blogger", "/nonexistent/export.xml", "--database", blog])
        #expect(missing.status != 0 && missing.output.contains("no such file"))
        #expect(try await exportJSON(blog) == before)
    }

    @Test("export → import into an empty database → export gives identical bytes; a restore needs an empty blog")
    func jsonRoundTrip() async throws {
        let original = database("original.sqlite")
        let demo = try await ServerProcess.run([
            "import", "wordpress", try Fixtures.url("wordpress/isso_wordpress.xml").path,
            "--database", original,
        ])
        #expect(demo.status == 0, "\(demo.output)")
        let file = directory.appendingPathComponent("backup.json")
        try await exportJSON(original).write(to: file)
        let restored = database("restored.sqlite")
        let restore = try await ServerProcess.run(["import", "json", file.path, "--database", restored])
        #expect(restore.status == 0, "\(restore.output)")
        #expect(try await exportJSON(restored) == (try Data(contentsOf: file)))
        let again = try await ServerProcess.run(["import", "json", file.path, "--database", restored])
        #expect(again.status != 0 && again.output.contains("not empty"))

        let atom = directory.appendingPathComponent("blog.atom")
        let blogger = try await ServerProcess.run([
            "export", "--format", "blogger", "--output", atom.path, "--database", original,
        ])
        #expect(blogger.status == 0)
        let reimported = try await ServerProcess.run([
            "import", "blogger", atom.path, "--database", database("again.sqlite"),
        ])
        #expect(reimported.status == 0, "\(reimported.output)")
        #expect(reimported.output.contains("comments   8 (8 published)"))
    }
}
