extension ActorFinder {
    /// The places of the dateline ("MINSK", "TAVILDARA, Tajikistan") that the body does not name: the
    /// story was filed there, so they belong with its actors, mentioned once and in no paragraph.
    static func datelinePlaces(_ place: String?, besides actors: [Actor], gazetteer: Gazetteer = .shared) -> [Actor] {
        guard let place else { return [] }
        var known = Set(actors.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() })
        var out: [Actor] = []
        for part in place.split(separator: ",") {
            let written = part.trimmingSpaces()
            // "Okla.", "D.C.": a state's abbreviation after the town is no actor of its own.
            guard written.unicodeScalars.contains(where: \.properties.isAlphabetic), !written.hasSuffix("."),
                !known.contains(written.lowercased())
            else { continue }
            let entry = gazetteer.lookup(written).flatMap { $0.kind == .place ? $0 : nil }
            let name = entry?.name ?? written
            guard !known.contains(name.lowercased()) else { continue }
            known.insert(written.lowercased())
            known.insert(name.lowercased())
            out.append(Actor(name: name, kind: .place, aliases: name == written ? [] : [written], mentions: 1))
        }
        return out
    }
}
