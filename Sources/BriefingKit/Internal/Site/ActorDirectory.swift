/// Actors across all briefings: one entry per real-world actor, with everything they said and every
/// briefing they appear in.
struct ActorDirectory: Sendable {
    struct Entry: Sendable {
        var name: String
        var kind: Actor.Kind
        var slug: String = ""
        var aliases: Set<String> = []
        /// Roles as each briefing gave them: (role, briefing index).
        var roles: [(role: String, briefing: Int)] = []
        /// Quotes, newest briefing first: (quote, briefing index).
        var quotes: [(quote: Quote, briefing: Int)] = []
        /// Indices of the briefings the actor appears in, newest first.
        var briefings: [Int] = []
        var mentions: Int = 0
        /// Where the actor is first named in each briefing: briefing index → paragraph.
        var firstParagraph: [Int: Int] = [:]
    }

    private(set) var entries: [Entry] = []
    private var byKey: [String: Int] = [:]
    /// Surname → people with a full name ending in it.
    private var bySurname: [String: [Int]] = [:]

    static func key(_ kind: Actor.Kind, _ name: String) -> String { kind.rawValue + "|" + name.lowercased() }

    /// `briefings` must be in site order (newest first) so that quotes and briefing lists come out in it.
    init(_ briefings: [Briefing]) {
        // Full names first, so that a surname alone in another briefing joins the full name.
        var order: [(Int, Actor)] = []
        for (index, briefing) in briefings.enumerated() { for actor in briefing.actors { order.append((index, actor)) } }
        let multi = order.filter { $0.1.name.contains(" ") || $0.1.kind != .person }
        let single = order.filter { !($0.1.name.contains(" ") || $0.1.kind != .person) }
        for (index, actor) in multi + single {
            let entry = find(actor) ?? add(actor)
            entries[entry].aliases.formUnion(actor.aliases)
            if actor.name != entries[entry].name { entries[entry].aliases.insert(actor.name) }
            for alias in actor.aliases + [actor.name] { byKey[Self.key(actor.kind, alias)] = byKey[Self.key(actor.kind, alias)] ?? entry }
            if let role = actor.role, !entries[entry].roles.contains(where: { $0.role == role && $0.briefing == index }) {
                entries[entry].roles.append((role, index))
            }
            if entries[entry].briefings.last != index { entries[entry].briefings.append(index) }
            entries[entry].mentions += actor.mentions
        }
        for index in entries.indices {
            entries[index].briefings = Array(Set(entries[index].briefings)).sorted()
            entries[index].roles.sort { $0.briefing < $1.briefing }
            entries[index].aliases.remove(entries[index].name)
        }
        for (index, briefing) in briefings.enumerated() {
            for quote in briefing.quotes {
                guard let speaker = quote.speaker, let entry = byKey[Self.key(.person, speaker)] ?? byKey[Self.key(.organization, speaker)] else { continue }
                entries[entry].quotes.append((quote, index))
                if !entries[entry].briefings.contains(index) {
                    // Quotes come in briefing order, so the new index sorts last or near it.
                    entries[entry].briefings.append(index)
                    entries[entry].briefings.sort()
                }
            }
        }
        assignSlugs()
    }

    private func find(_ actor: Actor) -> Int? {
        if let entry = byKey[Self.key(actor.kind, actor.name)] { return entry }
        for alias in actor.aliases { if let entry = byKey[Self.key(actor.kind, alias)] { return entry } }
        // "Zakharova" alone joins the one known person whose surname it is.
        if actor.kind == .person, !actor.name.contains(" "), let matches = bySurname[actor.name], matches.count == 1 {
            return matches[0]
        }
        return nil
    }

    private mutating func add(_ actor: Actor) -> Int {
        entries.append(Entry(name: actor.name, kind: actor.kind))
        let index = entries.count - 1
        byKey[Self.key(actor.kind, actor.name)] = index
        if actor.kind == .person, actor.name.contains(" "), let surname = actor.name.split(separator: " ").last {
            bySurname[String(surname), default: []].append(index)
        }
        return index
    }

    private mutating func assignSlugs() {
        var used: Set<String> = []
        // Most mentioned first, so the most important actor keeps the plain slug.
        for index in entries.indices.sorted(by: { Self.precedes(entries[$0], entries[$1]) }) {
            let base = Slug.make(from: entries[index].name)
            var slug = base
            var n = 2
            while used.contains(slug) {
                slug = "\(base)-\(n)"
                n += 1
            }
            used.insert(slug)
            entries[index].slug = slug
        }
    }

    /// Most mentioned first, then by name: a total order, so output never depends on input order.
    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        if a.mentions != b.mentions { return a.mentions > b.mentions }
        if a.name != b.name { return a.name < b.name }
        return a.kind.rawValue < b.kind.rawValue
    }

    func entry(named name: String, kind: Actor.Kind) -> Entry? {
        byKey[Self.key(kind, name)].map { entries[$0] }
    }

    /// The actors of each briefing, by briefing index: the inverse of `Entry.briefings`.
    func actorsByBriefing() -> [Int: [Int]] {
        var out: [Int: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for briefing in entry.briefings { out[briefing, default: []].append(index) }
        }
        return out
    }

    /// The actors that share the most briefings with this one; counted through the briefings it appears
    /// in, so the cost follows the size of its neighbourhood, not the size of the archive.
    func companions(of index: Int, byBriefing: [Int: [Int]], limit: Int = 8) -> [(Entry, Int)] {
        var shared: [Int: Int] = [:]
        for briefing in entries[index].briefings {
            for other in byBriefing[briefing] ?? [] where other != index { shared[other, default: 0] += 1 }
        }
        let ranked = shared.sorted { a, b in a.value != b.value ? a.value > b.value : Self.precedes(entries[a.key], entries[b.key]) }
        return ranked.prefix(limit).map { (entries[$0.key], $0.value) }
    }
}
