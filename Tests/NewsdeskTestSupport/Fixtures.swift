import Foundation

/// The real-world exports and other test material in `Tests/Fixtures` (each file's source and licence in its
/// `MANIFEST.tsv`), found from this file's path so that any clone finds them. A missing file fails the test.
public enum Fixtures {
    /// A fixture file that is not there.
    public struct Missing: Error, CustomStringConvertible {
        let path: String
        public var description: String { "fixture missing: \(path) (see Tests/Fixtures/MANIFEST.tsv)" }
    }

    /// The repository root: the nearest folder above this file that holds `Package.swift`.
    public static let repositoryRoot: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/"
            && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
        {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    /// `Tests/Fixtures` in the repository.
    public static let directory = repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// The file at `path` under `Tests/Fixtures` (`"blogger/…"`).
    public static func url(_ path: String) throws -> URL {
        let url = directory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(path: url.path) }
        return url
    }

    /// The bytes of the fixture at `path`.
    public static func data(_ path: String) throws -> Data {
        try Data(contentsOf: url(path))
    }

    /// The fixture at `path` as UTF-8 text.
    public static func text(_ path: String) throws -> String {
        String(decoding: try data(path), as: UTF8.self)
    }
}
