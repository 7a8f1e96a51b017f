extension BloggerFeedHandler {
    /// The entry a comment's post reference names. Blogger gives a page the entry id `…page-<id>` but writes
    /// its comments' `thr:in-reply-to ref` (and Takeout's `blogger:parent`) as `…post-<id>`: such a reference
    /// names the page with that number when the export has one.
    func entryID(forPostReference reference: String) -> String {
        guard postAuthors[reference] == nil && !skippedPostIDs.contains(reference),
            let marker = reference.range(of: ".post-", options: .backwards)
        else { return reference }
        let page = String(reference[..<marker.lowerBound]) + ".page-" + String(reference[marker.upperBound...])
        return postAuthors[page] != nil || skippedPostIDs.contains(page) ? page : reference
    }
}
