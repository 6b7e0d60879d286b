/// `briefing init`: a new site folder with the config, the default templates and an example article.
public struct SiteCreator: Sendable {
    public var folder: String
    public var fileSystem: any FileSystem

    public init(folder: String, fileSystem: any FileSystem = LocalFileSystem()) {
        self.folder = folder
        self.fileSystem = fileSystem
    }

    /// Creates the site; returns the files written, relative to the folder.
    public func create() throws(Diagnostic) -> [String] {
        try DefaultSite.create(at: folder, fileSystem: fileSystem)
    }
}
