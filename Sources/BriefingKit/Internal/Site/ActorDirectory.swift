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
    /// Entries by the digest of kind and lower-cased name: hashing two words is cheaper than a string.
    private var byKey: [Digest: Int] = [:]
    /// People with a full name, by its last word: a surname alone finds them without a scan.
    private var bySurname: [String: [Int]] = [:]
    /// The entries appearing in each briefing, by briefing index: companions come from it without
    /// comparing every actor with every other.
    private(set) var inBriefing: [[Int]] = []
    /// Entry indices, most mentioned first (see `precedes`).
    private var order: [Int] = []
    /// Each entry's place in `order`.
    private var rank: [Int] = []

    /// The entries, most mentioned first.
    var ranked: [Entry] { order.map { entries[$0] } }

    static func key(_ kind: Actor.Kind, _ name: String) -> Digest {
        var hasher = DigestHasher()
        hasher.add(kind.rawValue)
        hasher.addLowercased(name)
        return hasher.finish()
    }

    /// The keys of one actor of a briefing: what joining it to its entry looks up.
    struct ActorKeys: Sendable {
        var name: Digest
        var aliases: [Digest]
        /// Whether the actor joins in the first pass: a person with a full name, or not a person.
        var isFull: Bool
    }

    static func keys(of briefing: Briefing) -> [ActorKeys] {
        briefing.actors.map { actor in
            ActorKeys(
                name: key(actor.kind, actor.name), aliases: actor.aliases.map { key(actor.kind, $0) },
                isFull: hasSpace(actor.name) || actor.kind != .person)
        }
    }

    /// `briefings` must be in site order (newest first) so that quotes and briefing lists come out in it.
    /// - Parameter slug: makes an actor's slug from its name; a rebuild passes one that remembers them.
    init(_ briefings: [Briefing], slug: (String) -> String = { Slug.make(from: $0) }) {
        var later = Later()
        for (index, briefing) in briefings.enumerated() { joinFullNames(briefing, at: index, keys: Self.keys(of: briefing), later: &later) }
        joinLater(later, briefings)
        finishEntries()
        let names = entries.map(\.name)
        finish(briefings) { slug(names[$0]) }
    }

    /// The directory of a one-off build: the keys and slugs, most of the work, made on every core, the
    /// keys `batch` briefings at a time, so that they are never held for the whole archive.
    static func make(_ briefings: [Briefing], jobs: Int?, batch keyBatch: Int = 4096) async -> ActorDirectory {
        var directory = ActorDirectory()
        var later = Later()
        for start in stride(from: 0, to: briefings.count, by: max(1, keyBatch)) {
            let batch = Array(briefings[start..<min(start + max(1, keyBatch), briefings.count)])
            let keys = await batch.concurrentMap(jobs: jobs) { Self.keys(of: $0) }
            for (offset, briefing) in batch.enumerated() {
                directory.joinFullNames(briefing, at: start + offset, keys: keys[offset], later: &later)
            }
        }
        directory.joinLater(later, briefings)
        directory.finishEntries()
        let slugs = await directory.entries.map(\.name).concurrentMap(jobs: jobs) { Slug.make(from: $0) }
        directory.finish(briefings) { slugs[$0] }
        return directory
    }

    private init() {}

    /// The actors left for the second pass, with their keys: people named by one word, a few of each
    /// briefing's actors, rather than a list of every actor, which a large archive has millions of.
    private struct Later {
        var actors: [(briefing: Int, actor: Int, keys: ActorKeys)] = []
    }

    /// Joins the actors of one briefing that have a full name to their entries, and sets the others
    /// aside: full names first, so that a surname alone in another briefing joins the full name.
    /// `keys` are the actors', in order.
    private mutating func joinFullNames(_ briefing: Briefing, at index: Int, keys: [ActorKeys], later: inout Later) {
        for (position, (actor, keys)) in zip(briefing.actors, keys).enumerated() {
            if keys.isFull {
                add(actor, keys: keys, from: index)
            } else {
                later.actors.append((index, position, keys))
            }
        }
    }

    /// The second pass: the actors set aside, in briefing order.
    private mutating func joinLater(_ later: Later, _ briefings: [Briefing]) {
        for item in later.actors { add(briefings[item.briefing].actors[item.actor], keys: item.keys, from: item.briefing) }
    }

    /// Credits the quotes, names the entries and ranks them; `slug` makes the plain slug of an entry.
    private mutating func finish(_ briefings: [Briefing], slug: (Int) -> String) {
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
        assignSlugs(slug)
        inBriefing = Array(repeating: [], count: briefings.count)
        for (index, entry) in entries.enumerated() {
            for briefing in entry.briefings { inBriefing[briefing].append(index) }
        }
        // Ranked, so that the companions of an actor of one briefing are the first few of its list.
        for briefing in inBriefing.indices { inBriefing[briefing].sort { rank[$0] < rank[$1] } }
    }

    /// Joins an actor of the briefing at `index` to its entry, or makes one.
    private mutating func add(_ actor: Actor, keys: ActorKeys, from index: Int) {
        let nameKey = keys.name
        let aliasKeys = keys.aliases
        let entry = find(actor, nameKey: nameKey, aliasKeys: aliasKeys) ?? add(actor, key: nameKey)
        entries[entry].aliases.formUnion(actor.aliases)
        if actor.name != entries[entry].name { entries[entry].aliases.insert(actor.name) }
        for key in aliasKeys where byKey[key] == nil { byKey[key] = entry }
        if byKey[nameKey] == nil { byKey[nameKey] = entry }
        if let role = actor.role, !entries[entry].roles.contains(where: { $0.role == role && $0.briefing == index }) {
            entries[entry].roles.append((role, index))
        }
        if entries[entry].briefings.last != index { entries[entry].briefings.append(index) }
        entries[entry].mentions += actor.mentions
    }

    /// Puts each entry's briefings and roles in site order, once every actor is in.
    private mutating func finishEntries() {
        for index in entries.indices {
            entries[index].briefings = Array(Set(entries[index].briefings)).sorted()
            entries[index].roles.sort { $0.briefing < $1.briefing }
            entries[index].aliases.remove(entries[index].name)
        }
    }

    private func find(_ actor: Actor, nameKey: Digest, aliasKeys: [Digest]) -> Int? {
        if let entry = byKey[nameKey] { return entry }
        for key in aliasKeys { if let entry = byKey[key] { return entry } }
        // "Zakharova" alone joins the one known person whose surname it is.
        if actor.kind == .person, !Self.hasSpace(actor.name), let matches = bySurname[actor.name], matches.count == 1 {
            return matches[0]
        }
        return nil
    }

    private mutating func add(_ actor: Actor, key: Digest) -> Int {
        entries.append(Entry(name: actor.name, kind: actor.kind))
        let index = entries.count - 1
        byKey[key] = index
        if actor.kind == .person, Self.hasSpace(actor.name), let surname = actor.name.split(separator: " ").last {
            bySurname[String(surname), default: []].append(index)
        }
        return index
    }

    private mutating func assignSlugs(_ make: (Int) -> String) {
        var used: Set<String> = []
        // Most mentioned first, so the most important actor keeps the plain slug.
        order = entries.indices.sorted(by: precedes)
        rank = Array(repeating: 0, count: entries.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        for index in order {
            let base = make(index)
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

    /// `precedes` for two entries by index, reading them in place rather than copying them.
    private func precedes(_ a: Int, _ b: Int) -> Bool {
        if entries[a].mentions != entries[b].mentions { return entries[a].mentions > entries[b].mentions }
        if entries[a].name != entries[b].name { return entries[a].name < entries[b].name }
        return entries[a].kind.rawValue < entries[b].kind.rawValue
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

    /// The slug of the actor known by this name, read in place (an `Entry` is large to copy).
    func slug(named name: String, kind: Actor.Kind) -> String? {
        byKey[Self.key(kind, name)].map { entries[$0].slug }
    }

    /// A plain byte scan: Foundation's substring search is far slower for one ASCII character.
    static func hasSpace(_ name: String) -> Bool {
        name.utf8.contains(UInt8(ascii: " "))
    }

    /// Whether companions are counted in a table of every entry rather than by sorting: past a few
    /// hundred appearances of other actors, and, since the table costs a word per entry of the whole
    /// directory, past a sixteenth of the entries too.
    static func countsInTable(appearances: Int, entries: Int) -> Bool {
        appearances > max(256, entries / 16)
    }

    /// The actors that share the most briefings with the entry at `index`: their entry indices, and the
    /// number of briefings shared.
    func companions(of index: Int, limit: Int = 8) -> [(entry: Int, shared: Int)] {
        guard limit > 0 else { return [] }
        let name = entries[index].name
        let kind = entries[index].kind
        let appearances = entries[index].briefings
        func isSelf(_ other: Int) -> Bool { entries[other].name == name && entries[other].kind == kind }
        // Most actors appear in one briefing: their companions are that briefing's others, by rank.
        if appearances.count == 1, appearances[0] < inBriefing.count {
            return inBriefing[appearances[0]].lazy.filter { !isSelf($0) }.prefix(limit).map { ($0, 1) }
        }
        var others: [Int] = []
        for briefing in appearances where briefing < inBriefing.count {
            for other in inBriefing[briefing] where other != index && !isSelf(other) { others.append(other) }
        }
        var counted: [(entry: Int, shared: Int)] = []
        if Self.countsInTable(appearances: others.count, entries: entries.count) {
            // Counted in a table of every entry: one pass, where sorting the appearances of an actor
            // of many briefings would cost many.
            var counts = [Int32](repeating: 0, count: entries.count)
            var met: [Int] = []
            for other in others {
                if counts[other] == 0 { met.append(other) }
                counts[other] += 1
            }
            counted = met.map { ($0, Int(counts[$0])) }
        } else {
            others.sort()
            var start = 0
            while start < others.count {
                var end = start + 1
                while end < others.count, others[end] == others[start] { end += 1 }
                counted.append((others[start], end - start))
                start = end
            }
        }
        // The first few in a total order, so that output never depends on the order of counting: kept
        // in order as they come, rather than sorting them all for a handful.
        func before(_ a: (entry: Int, shared: Int), _ b: (entry: Int, shared: Int)) -> Bool {
            a.shared != b.shared ? a.shared > b.shared : rank[a.entry] < rank[b.entry]
        }
        var best: [(entry: Int, shared: Int)] = []
        best.reserveCapacity(limit + 1)
        for candidate in counted {
            guard best.count < limit || before(candidate, best[best.count - 1]) else { continue }
            var position = best.count
            while position > 0, before(candidate, best[position - 1]) { position -= 1 }
            best.insert(candidate, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }
}

extension DigestHasher {
    /// Adds the text as `Token.lowercased` spells it, without making that string when it is ASCII:
    /// the directory keys every actor of every briefing this way.
    mutating func addLowercased(_ text: String) {
        var text = text
        let done = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
                for i in bytes.indices { buffer[i] = Token.lowercasedASCII(bytes[i]) }
                add(UnsafeRawBufferPointer(buffer))
            }
            return true
        }
        if !done { add(Token.lowercased(text)) }
    }
}
