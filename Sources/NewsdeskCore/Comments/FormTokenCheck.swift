/// What checking a comment form's signed token found.
public enum FormTokenCheck: Sendable, Equatable {
    /// Signed by this blog, for this post, not used before; `age` in seconds since the form was shown.
    case valid(ageSeconds: Double)
    /// No token was sent.
    case missing
    /// The signature does not match, or the token is for another post.
    case forged
    /// The token was already used for a comment.
    case reused
}
