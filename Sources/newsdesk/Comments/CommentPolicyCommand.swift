import ArgumentParser
import NewsdeskCore
import NewsdeskStore
import NewsdeskWeb

/// `newsdesk comments policy`: shows the comment rules, and changes the ones given.
struct CommentPolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Show the moderation and spam rules; change those given as options."
    )

    @Option(help: "publish, hold-links-or-new, or hold-all.")
    var moderation: String?
    @Option(help: "Refuse forms whose hidden trap field was filled: on or off.")
    var honeypot: OnOff?
    @Option(help: "Require the signed form token: on or off.")
    var formToken: OnOff?
    @Option(help: "Refuse submissions sooner than this many seconds after the form was shown.")
    var minSeconds: Int?
    @Option(help: "Refuse forms older than this many hours.")
    var maxFormAgeHours: Int?
    @Option(help: "Comments per minute from one address (0: no limit).")
    var ratePerMinute: Int?
    @Option(help: "Comments per day from one address (0: no limit).")
    var ratePerDay: Int?
    @Option(help: "Hold comments with more links than this.")
    var maxLinks: Int?
    @Option(help: "Refuse the same text on the same post within this many hours (0: off).")
    var duplicateHours: Int?
    @Option(help: "Words that get a comment refused, comma-separated (empty clears).")
    var blockedWords: String?
    @Option(help: "Addresses or prefixes (ending in . or :) whose comments are refused, comma-separated.")
    var blockedAddresses: String?
    @Option(help: "A URL that receives a JSON POST for each new comment (empty turns it off).")
    var webhook: String?
    @Flag(help: "Accept a webhook on a private, loopback or link-local address (the server needs the same flag).")
    var allowPrivateOutgoing = false

    @OptionGroup var options: DatabaseOptions

    enum OnOff: String, ExpressibleByArgument {
        case on, off
        var isOn: Bool { self == .on }
    }

    func validate() throws {
        if let moderation, ModerationPolicy(rawValue: moderation) == nil {
            throw ValidationError("--moderation must be one of: publish, hold-links-or-new, hold-all.")
        }
        for value in [minSeconds, maxFormAgeHours, ratePerMinute, ratePerDay, maxLinks, duplicateHours] {
            if let value, value < 0 { throw ValidationError("Numbers must not be negative.") }
        }
    }

    func run() async throws {
        // Refused here as the server would refuse each delivery, so the mistake is seen now.
        if let webhook, !webhook.isEmpty,
            let problem = await WebhookAddress.problem(with: webhook, allowPrivateAddresses: allowPrivateOutgoing)
        {
            throw ValidationError(problem)
        }
        let command = self
        let settings = try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            var blog = try await store.blog()
            let changed = command.apply(to: &blog.comments)
            if changed { try await store.saveBlog(blog) }
            return blog.comments
        }
        print(Self.describe(settings))
    }

    /// Changes the settings named by options; tells whether anything was given.
    func apply(to settings: inout CommentSettings) -> Bool {
        let before = settings
        if let moderation { settings.moderation = ModerationPolicy(rawValue: moderation) ?? settings.moderation }
        if let honeypot { settings.honeypot = honeypot.isOn }
        if let formToken { settings.requireFormToken = formToken.isOn }
        if let minSeconds { settings.minimumSecondsToSubmit = minSeconds }
        if let maxFormAgeHours { settings.maximumFormAgeSeconds = maxFormAgeHours * 3600 }
        if let ratePerMinute { settings.ratePerMinute = ratePerMinute }
        if let ratePerDay { settings.ratePerDay = ratePerDay }
        if let maxLinks { settings.maximumLinks = maxLinks }
        if let duplicateHours { settings.duplicateWindowSeconds = duplicateHours * 3600 }
        if let blockedWords { settings.blockedWords = Self.list(blockedWords) }
        if let blockedAddresses { settings.blockedAddresses = Self.list(blockedAddresses) }
        if let webhook { settings.webhookURL = webhook.isEmpty ? nil : webhook }
        return settings != before
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func describe(_ settings: CommentSettings) -> String {
        """
        moderation:          \(settings.moderation.rawValue)
        honeypot:            \(settings.honeypot ? "on" : "off")
        form token:          \(settings.requireFormToken ? "on" : "off") (at least \(settings.minimumSecondsToSubmit) s, \
        at most \(settings.maximumFormAgeSeconds / 3600) h old)
        rate limit:          \(settings.ratePerMinute) a minute, \(settings.ratePerDay) a day per address (0 = none)
        hold when links >    \(settings.maximumLinks)
        duplicates refused:  within \(settings.duplicateWindowSeconds / 3600) h
        blocked words:       \(settings.blockedWords.joined(separator: ", "))
        blocked addresses:   \(settings.blockedAddresses.joined(separator: ", "))
        webhook:             \(settings.webhookURL ?? "none")
        """
    }
}
