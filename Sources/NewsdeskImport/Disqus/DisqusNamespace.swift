/// The namespaces of a Disqus export.
enum DisqusNamespace {
    static let disqus = "http://disqus.com"
    /// Where `dsq:id` lives.
    static let internals = "http://disqus.com/disqus-internals"
}
