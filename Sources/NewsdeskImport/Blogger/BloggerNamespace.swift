/// The namespaces and schemes of Blogger's two export formats.
enum BloggerNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let thread = "http://purl.org/syndication/thread/1.0"
    /// Atom Publishing's namespace: the old draft one Blogger writes, and the final one.
    static let app: Set<String> = ["http://purl.org/atom/app#", "http://www.w3.org/2007/app"]
    static let gdata = "http://schemas.google.com/g/2005"
    /// The Takeout (`feed.atom`) namespace; its presence tells the two formats apart.
    static let takeout = "http://schemas.google.com/blogger/2018"
    /// The category scheme that says what an entry is (`…/kind#post`).
    static let kindScheme = "http://schemas.google.com/g/2005#kind"
    /// The category scheme of labels in the classic export.
    static let labelScheme = "http://www.blogger.com/atom/ns#"
}
