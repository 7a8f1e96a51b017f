import Foundation

/// Turns post titles into URL slugs the way Blogger does.
public enum Slug {
    /// Blogger's slugs stay under 40 characters, cut at a word boundary.
    public static let maximumLength = 39
    /// The slug Blogger gives a post without a title.
    public static let untitled = "blog-post"

    /// Words Blogger leaves out of slugs.
    static let droppedWords: Set<String> = ["a", "an", "the"]

    /// Lower-case ASCII words joined by '-', articles dropped, cut at a word boundary.
    ///
    /// "Is The Chinese Military Interested In Better Relations With The U.S.?" becomes
    /// "is-chinese-military-interested-in".
    public static func make(from title: String, maximumLength: Int = maximumLength) -> String {
        var slug = ""
        for word in words(in: title) where !droppedWords.contains(word) {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > maximumLength {
                // A single over-long first word is cut rather than leaving the slug empty.
                if slug.isEmpty { slug = String(word.prefix(maximumLength)) }
                break
            }
            slug = candidate
        }
        return slug.isEmpty ? untitled : slug
    }

    /// The lower-cased ASCII words of a title; accents are folded, apostrophes join ("China's" → "chinas").
    static func words(in title: String) -> [String] {
        let folded = title.folding(
            options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")
        )
        .lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                current.unicodeScalars.append(scalar)
            case "'", "\u{2019}", ".":
                // "U.S." and "China's" stay one word.
                continue
            default:
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The first slug not in `taken`: the base, then Blogger's `base_DD` (day of month), then `base_DD-N`.
    public static func unique(_ base: String, day: Int, taken: Set<String>) -> String {
        if !taken.contains(base) { return base }
        let withDay = base + "_" + (day < 10 ? "0\(day)" : "\(day)")
        if !taken.contains(withDay) { return withDay }
        var counter = 2
        while taken.contains("\(withDay)-\(counter)") { counter += 1 }
        return "\(withDay)-\(counter)"
    }

    /// A page's slug not yet taken by another page: `about`, then `about-2`, `about-3`, ….
    public static func uniquePage(_ base: String, taken: Set<String>) -> String {
        if !taken.contains(base) { return base }
        var counter = 2
        while taken.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}
