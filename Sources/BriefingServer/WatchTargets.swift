import BriefingKit
import Foundation

/// What the preview watches: the articles folder and the templates folder, with everything below
/// them, and the config file.
struct WatchTargets: Sendable {
    /// Absolute, without a trailing slash.
    var folders: [String]
    var files: [String]
    /// Changes here are the build's own doing, should the output sit inside a watched folder.
    var output: String

    init(options: BuildOptions) {
        folders = [Self.absolute(options.contentPath), Self.absolute(options.templatesPath)]
        files = [Self.absolute(options.configPath)]
        output = Self.absolute(options.outputPath)
    }

    /// Every folder whose entries must be watched for a target to be seen appearing or going: the
    /// targets' parents, so that a folder replaced whole (renamed, checked out again) is noticed.
    var parents: [String] {
        var seen: Set<String> = []
        return (folders + files).map { ($0 as NSString).deletingLastPathComponent }.filter { seen.insert($0).inserted }
    }

    /// Whether a change to this path can change the site. Editors' swap, backup and lock files are not
    /// part of it, and saving them on every keystroke must not rebuild the site.
    func isRelevant(_ path: String) -> Bool {
        if path == output || path.hasPrefix(output + "/") { return false }
        if files.contains(path) { return true }
        guard let folder = folders.first(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return false }
        let inside = path.dropFirst(folder.count)
        for name in inside.split(separator: "/") where Self.isScratch(name) {
            return false
        }
        return true
    }

    /// Names editors and tools write beside the real file: `.x.swp`, `x~`, `#x#`, vim's `4913` probe.
    static func isScratch(_ name: Substring) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#")) || name == "4913"
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".tmp")
    }

    /// The targets as the user named them, for the start-up message.
    static func describe(_ options: BuildOptions) -> String {
        let folders = [options.contentPath, options.templatesPath].map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        return "\(folders[0]), \(folders[1]) and \(options.configPath)"
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var standard = (full as NSString).standardizingPath
        while standard.count > 1, standard.hasSuffix("/") { standard.removeLast() }
        return standard
    }
}
