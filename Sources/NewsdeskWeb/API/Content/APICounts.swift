/// Every label on a published post with how many carry it, by label.
struct APILabelList: Codable, Sendable, Equatable {
    struct Label: Codable, Sendable, Equatable {
        var name: String
        var count: Int
    }

    var labels: [Label]
}

/// Every outlet the published posts clip, with how many clip it, most clipped first: the public Sources page.
struct APISourceList: Codable, Sendable, Equatable {
    struct Source: Codable, Sendable, Equatable {
        var outlet: String
        var count: Int
    }

    var sources: [Source]
}
