import NewsdeskCore

extension SettingsForm {
    /// Writes the source-archive fields into `blog`; what is wrong with them, in sentences.
    func applySources(to blog: inout Blog) -> [String] {
        // Empty is a choice (no archive: readers are only told the link no longer works), not a mistake.
        if !sourceArchiveBase.isEmpty, !PostDraft.isWebAddress(sourceArchiveBase) {
            return [
                "The archive address must be a whole address starting with http:// or https:// (or empty for no archive)."
            ]
        }
        blog.sourceArchiveBase = sourceArchiveBase
        blog.savesSourcesToArchive = savesSourcesToArchive
        return []
    }
}
