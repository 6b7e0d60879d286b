extension ActorDirectory {
    /// For each entry, a digest that stands for the whole input of its page (`ActorPageInput`), made
    /// without building that input: a rebuild compares it with the previous build's to leave an
    /// unchanged page alone, so it must change whenever the input can.
    ///
    /// The input is made of the entry, the briefings it appears in, and its companions. Companions are
    /// counted over the entry's own briefings and ordered by the entries' mentions and names, so the
    /// digest takes each of its briefings with what every entry in that briefing shows (name, kind,
    /// slug, mentions). A briefing whose digest is unknown leaves its entries without a key: nil.
    ///
    /// - Parameter briefingDigests: the digest of each briefing's content, by briefing index.
    func pageKeys(briefingDigests: [Digest?]) -> [Digest?] {
        let shown: [Digest] = entries.map { entry in
            var h = DigestHasher()
            h.add(entry.name)
            h.add(entry.kind.rawValue)
            h.add(entry.slug)
            h.add(entry.mentions)
            return h.finish()
        }
        let briefings: [Digest?] = inBriefing.indices.map { index in
            guard index < briefingDigests.count, let digest = briefingDigests[index] else { return nil }
            var h = DigestHasher()
            h.add(digest)
            h.add(inBriefing[index].count)
            for entry in inBriefing[index] { h.add(shown[entry]) }
            return h.finish()
        }
        func briefing(_ index: Int) -> Digest? { index < briefings.count ? briefings[index] : nil }
        return entries.indices.map { index -> Digest? in
            let entry = entries[index]
            var h = DigestHasher()
            h.add("actor page")
            h.add(shown[index])
            h.add(entry.aliases.count)
            for alias in entry.aliases.sorted() { h.add(alias) }
            h.add(entry.roles.count)
            for role in entry.roles {
                guard let digest = briefing(role.briefing) else { return nil }
                h.add(role.role)
                h.add(digest)
            }
            h.add(entry.quotes.count)
            for item in entry.quotes {
                guard let digest = briefing(item.briefing) else { return nil }
                h.add(item.quote.text)
                h.add(optional: item.quote.cue)
                h.add(item.quote.paragraph)
                h.add(digest)
            }
            h.add(entry.briefings.count)
            for appearance in entry.briefings {
                guard let digest = briefing(appearance) else { return nil }
                h.add(digest)
            }
            return h.finish()
        }
    }
}
