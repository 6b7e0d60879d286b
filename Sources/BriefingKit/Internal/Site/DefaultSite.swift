import Foundation

/// The site `briefing init` creates: the default templates (the same as the repository's `Templates/`),
/// a config file and one example article.
enum DefaultSite {
    static func create(at folder: String, fileSystem: any FileSystem) throws(Diagnostic) -> [String] {
        if fileSystem.exists(folder) {
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard contents.isEmpty else {
                throw .error("the folder is not empty; choose a new or empty folder", step: "init", path: folder)
            }
        }
        var written: [String] = []
        for path in files.keys.sorted() {
            let target = (folder as NSString).appendingPathComponent(path)
            do {
                try fileSystem.createDirectory((target as NSString).deletingLastPathComponent)
                try fileSystem.write(Array(files[path]!.utf8), to: target)
            } catch {
                throw .error("cannot write \(path): \(error.localizedDescription)", step: "init", path: folder)
            }
            written.append(path)
        }
        return written
    }
}
