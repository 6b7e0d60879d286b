import Foundation

/// Finds the article files of a content folder.
///
/// Files and folders whose names start with "_" or "." are not articles (the config lives in
/// `_config.yaml`), as in Jekyll.
struct ContentScanner: Sendable {
    let fileSystem: any FileSystem

    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]
    static let dataExtensions: Set<String> = ["json", "yaml", "yml"]

    struct Listing: Sendable {
        var articles: [String]
        /// Pre-extracted briefings in the contract's shape.
        var data: [String]
        var ignored: [String]
    }

    func scan(_ folder: String) throws(Diagnostic) -> Listing {
        guard fileSystem.isDirectory(folder) else {
            throw .error("content folder not found; pass --content DIR or run 'briefing init'", step: "ingest", path: folder)
        }
        let files: [String]
        do {
            files = try fileSystem.files(under: folder)
        } catch {
            throw .error("cannot list the content folder: \(error.localizedDescription)", step: "ingest", path: folder)
        }
        var listing = Listing(articles: [], data: [], ignored: [])
        for relative in files {
            let parts = relative.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix("_") || $0.hasPrefix(".") }) { continue }
            let ext = (relative as NSString).pathExtension.lowercased()
            let path = (folder as NSString).appendingPathComponent(relative)
            if Self.articleExtensions.contains(ext) {
                listing.articles.append(path)
            } else if Self.dataExtensions.contains(ext) {
                listing.data.append(path)
            } else {
                listing.ignored.append(path)
            }
        }
        return listing
    }
}
