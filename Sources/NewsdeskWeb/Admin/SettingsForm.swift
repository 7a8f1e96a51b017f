import Foundation
import NewsdeskCore

/// The settings form's fields as typed, so a refused form comes back as it was.
struct SettingsForm: Sendable {
    var title: String
    var description: String
    var editorName: String
    var timeZone: String
    var commentaryHeading: String
    var postsPerPage: String
    var moderation: String
    var honeypot: Bool
    var minimumSeconds: String
    var ratePerMinute: String
    var ratePerDay: String
    var maximumLinks: String
    var blockedWords: String
    var blockedAddresses: String
    var webhookURL: String
    var sourceArchiveBase: String
    var savesSourcesToArchive: Bool

    init(_ blog: Blog) {
        title = blog.title
        description = blog.description
        editorName = blog.editorName
        timeZone = blog.timeZoneIdentifier
        commentaryHeading = blog.commentaryHeading
        postsPerPage = String(blog.postsPerPage)
        let comments = blog.comments
        moderation = comments.moderation.rawValue
        honeypot = comments.honeypot
        minimumSeconds = String(comments.minimumSecondsToSubmit)
        ratePerMinute = String(comments.ratePerMinute)
        ratePerDay = String(comments.ratePerDay)
        maximumLinks = String(comments.maximumLinks)
        blockedWords = comments.blockedWords.joined(separator: "\n")
        blockedAddresses = comments.blockedAddresses.joined(separator: "\n")
        webhookURL = comments.webhookURL ?? ""
        sourceArchiveBase = blog.sourceArchiveBase
        savesSourcesToArchive = blog.savesSourcesToArchive
    }

    init(_ form: SubmittedForm) {
        func text(_ name: String) -> String { (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        title = text("title")
        description = text("description")
        editorName = text("editor_name")
        timeZone = text("time_zone")
        commentaryHeading = text("commentary_heading")
        postsPerPage = text("posts_per_page")
        moderation = text("moderation")
        honeypot = form["honeypot"] == "on"
        minimumSeconds = text("minimum_seconds")
        ratePerMinute = text("rate_per_minute")
        ratePerDay = text("rate_per_day")
        maximumLinks = text("maximum_links")
        blockedWords = text("blocked_words")
        blockedAddresses = text("blocked_addresses")
        webhookURL = text("webhook_url")
        sourceArchiveBase = text("source_archive_base")
        savesSourcesToArchive = form["saves_sources_to_archive"] == "on"
    }

    /// Writes the fields into `blog`; what is wrong, in words an editor understands (nothing is written then).
    func apply(to blog: inout Blog) -> [String] {
        var problems: [String] = []
        func number(_ text: String, _ name: String, in range: ClosedRange<Int>) -> Int {
            guard let value = Int(text), range.contains(value) else {
                problems.append("\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
                return range.lowerBound
            }
            return value
        }
        let typed = [
            ("title", title), ("description", description), ("editor's name", editorName), ("time zone", timeZone),
            ("commentary heading", commentaryHeading), ("blocked words", blockedWords),
            ("blocked addresses", blockedAddresses), ("webhook address", webhookURL),
            ("archive address", sourceArchiveBase),
        ]
        if let problem = TextInput.controlCharacterProblem(typed) { return [problem] }
        if title.isEmpty || title.count > 200 { problems.append("The blog needs a title of at most 200 characters.") }
        if TimeZone(identifier: timeZone) == nil {
            problems.append("“\(timeZone)” is not a time zone; use a name such as America/New_York or UTC.")
        }
        if editorName.isEmpty { problems.append("Give the name the editor's replies are shown under.") }
        var updated = blog
        updated.title = title
        updated.description = description
        updated.editorName = editorName
        updated.timeZoneIdentifier = timeZone
        updated.commentaryHeading = commentaryHeading
        updated.postsPerPage = number(postsPerPage, "Posts per page", in: 1...50)
        guard let policy = ModerationPolicy(rawValue: moderation) else {
            return problems + ["Choose a comment policy."]
        }
        updated.comments.moderation = policy
        updated.comments.honeypot = honeypot
        updated.comments.minimumSecondsToSubmit = number(minimumSeconds, "The shortest time to write", in: 0...600)
        updated.comments.ratePerMinute = number(ratePerMinute, "Comments per minute", in: 0...1000)
        updated.comments.ratePerDay = number(ratePerDay, "Comments per day", in: 0...100_000)
        updated.comments.maximumLinks = number(maximumLinks, "Links before holding", in: 0...100)
        updated.comments.blockedWords = Self.lines(blockedWords)
        updated.comments.blockedAddresses = Self.lines(blockedAddresses)
        if !webhookURL.isEmpty, !PostDraft.isWebAddress(webhookURL) {
            problems.append("The webhook address must start with http:// or https://.")
        }
        updated.comments.webhookURL = webhookURL.isEmpty ? nil : webhookURL
        problems += applySources(to: &updated)
        if problems.isEmpty { blog = updated }
        return problems
    }

    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" || $0 == "," }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
