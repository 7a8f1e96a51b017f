/// What is known about a submission when it is screened: the form, the sender, and the blog's recent comments.
public struct CommentSubmissionFacts: Sendable {
    /// The honeypot field's value; people never fill it.
    public var honeypotValue: String
    /// The result of checking the form token.
    public var token: FormTokenCheck
    /// The sender's address, as the server sees it.
    public var clientAddress: String
    /// Whether the blog's editor is commenting (exempt from rate limits and holds).
    public var isEditor: Bool
    /// Comments from this address in the last minute and the last day.
    public var recentFromAddress: (lastMinute: Int, lastDay: Int)
    /// Whether the same text was posted on the same post within the duplicate window.
    public var isDuplicate: Bool
    /// Whether the commenter has a published comment already (name or anonymous identity).
    public var hasPublishedBefore: Bool
    /// The name, web address and body as submitted (after trimming).
    public var name: String
    public var url: String
    public var body: String

    /// Creates the facts for one submission.
    public init(
        honeypotValue: String = "",
        token: FormTokenCheck,
        clientAddress: String,
        isEditor: Bool = false,
        recentFromAddress: (lastMinute: Int, lastDay: Int) = (0, 0),
        isDuplicate: Bool = false,
        hasPublishedBefore: Bool = false,
        name: String,
        url: String = "",
        body: String
    ) {
        self.honeypotValue = honeypotValue
        self.token = token
        self.clientAddress = clientAddress
        self.isEditor = isEditor
        self.recentFromAddress = recentFromAddress
        self.isDuplicate = isDuplicate
        self.hasPublishedBefore = hasPublishedBefore
        self.name = name
        self.url = url
        self.body = body
    }
}
