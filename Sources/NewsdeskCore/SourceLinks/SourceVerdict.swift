/// What the checker concluded about a clipped story's address, from every check so far.
public enum SourceVerdict: String, Sendable, Codable, CaseIterable {
    /// Never checked yet.
    case unchecked
    /// The story answers.
    case ok
    /// A permanent redirect (301 or 308) to a different story address: readers are sent there.
    case moved
    /// The story is gone: a 410 at once, a 404 or failed name lookup on two checks a day apart, or any other
    /// failure on three checks a week apart.
    case gone
    /// The address answers 200 with the outlet's home page or a "not found" page, on two checks a day apart.
    case soft404 = "soft-404"
    /// The outlet refuses the checker (401, 403, 429, 451): unknown, never called dead.
    case blocked
    /// A failure has been seen, not yet often enough to call the story gone; readers see nothing.
    case failing

    /// Whether readers are sent to an archived copy.
    public var isBroken: Bool { self == .gone || self == .soft404 }

    /// The verdict as the admin shows it.
    public var label: String {
        switch self {
        case .unchecked: "not checked yet"
        case .ok: "works"
        case .moved: "moved"
        case .gone: "gone"
        case .soft404: "soft 404 (home or not-found page)"
        case .blocked: "blocked (the site refuses checks)"
        case .failing: "failing (not yet called gone)"
        }
    }
}
