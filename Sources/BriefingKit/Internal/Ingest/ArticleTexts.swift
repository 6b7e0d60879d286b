/// The file a briefing was made from, and the fingerprint of the bytes it was made from.
struct ArticleOrigin: Sendable {
    var path: String
    var fingerprint: ExtractionCache.Fingerprint
    /// A data file (`.json`, `.yaml`) rather than an article.
    var isData: Bool
}

/// The paragraphs of the briefings a one-off build keeps without their text, read again from their
/// files when the briefing's own pages are made. Only those pages show the text, so an archive's text
/// is read twice but never held whole.
struct ArticleTexts: Sendable {
    let fileSystem: any FileSystem
    /// By slug, which is unique within a site.
    let origins: [String: ArticleOrigin]

    /// The briefing with its paragraphs, read again from its file; as it is when it holds them.
    func restore(_ briefing: Briefing) throws(Diagnostic) -> Briefing {
        guard let count = briefing.paragraphsDropped, count > 0, let origin = origins[briefing.article.slug] else { return briefing }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(origin.path)
        } catch {
            throw .error("cannot read file: \(error.localizedDescription)", step: "assemble", path: origin.path)
        }
        // Other bytes would give other paragraphs than those the briefing points into.
        guard ExtractionCache.Fingerprint(bytes) == origin.fingerprint else {
            throw .error("the file changed while the site was being built; build again", step: "assemble", path: origin.path)
        }
        let paragraphs =
            origin.isData
            ? try DataFileReader(path: origin.path).read(bytes: bytes).briefing.article.paragraphs
            : try ArticleReader(path: origin.path).read(bytes: bytes).article.paragraphs
        var whole = briefing
        whole.article.paragraphs = paragraphs
        whole.paragraphsDropped = nil
        return whole
    }
}
