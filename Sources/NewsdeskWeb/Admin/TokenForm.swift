import NewsdeskCore

/// The new-token form as typed.
struct TokenForm: Sendable {
    var name = ""
    var scope = APIScope.read.rawValue
    /// The user the token is to act as.
    var userID: Int64?

    init(userID: Int64?) {
        self.userID = userID
    }

    init(_ form: SubmittedForm) {
        name = APIToken.normalizedName(form["name"] ?? "")
        scope = form["scope"] ?? APIScope.read.rawValue
        userID = form["user"].flatMap { Int64($0) }
    }

    /// What is wrong, in words an editor understands; the store checks the name again.
    func problems() -> [String] {
        var problems: [String] = []
        if let problem = APIToken.nameProblem(name) { problems.append(problem) }
        if APIScope(rawValue: scope) == nil { problems.append("Choose read, write or moderate.") }
        return problems
    }
}
