/// One shortcode found in a post: `[name attributes]` or `[name attributes]content[/name]`.
struct Shortcode {
    /// The name as written (`caption`).
    var name: String
    var attributes: ShortcodeAttributes
    /// What stands between the opening and the closing tag; nil without a closing tag.
    var content: String?
}
