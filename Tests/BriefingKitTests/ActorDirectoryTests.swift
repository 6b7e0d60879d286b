import Testing

@testable import BriefingKit

/// The actor directory across briefings: entries joined by name, and each actor's companions, the
/// actors that share the most briefings with it.
@Suite struct ActorDirectoryTests {
    /// Briefings whose actors are drawn from a pool, some in nearly every briefing and most in a few,
    /// so that companions are counted both ways: by sorting (few appearances) and in a table (many).
    static func briefings(count: Int) -> [Briefing] {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { i in
            var names: Set<String> = ["Anna Berg", "Riverton Council"]
            for _ in 0..<(3 + next(12)) { names.insert("Person \(next(next(2) == 0 ? 8 : 60))") }
            let actors = names.sorted().map { Actor(name: $0, kind: $0.hasSuffix("Council") ? .organization : .person, mentions: 1 + next(4)) }
            let article = Article(source: "\(i).txt", slug: "b\(i)", title: "Story \(i)", paragraphs: [])
            return Briefing(article: article, summary: [], quotes: [], dates: [], timeline: [], actors: actors)
        }
    }

    @Test func companionsAreTheActorsSharingMostBriefingsWhicheverWayTheyAreCounted() async {
        let briefings = Self.briefings(count: 400)
        let directory = await ActorDirectory.make(briefings, jobs: 2)
        #expect(directory.entries.count > 40)
        let rank = Dictionary(uniqueKeysWithValues: directory.ranked.enumerated().map { ($0.element.slug, $0.offset) })
        var tabled: Set<Bool> = []
        for (index, entry) in directory.entries.enumerated() {
            // Counted the plain way: for every other entry, the briefings both appear in.
            let mine = Set(entry.briefings)
            var expected: [(entry: Int, shared: Int)] = []
            for (other, candidate) in directory.entries.enumerated() where other != index {
                let shared = candidate.briefings.count { mine.contains($0) }
                if shared > 0 { expected.append((other, shared)) }
            }
            expected.sort { a, b in
                a.shared != b.shared ? a.shared > b.shared : rank[directory.entries[a.entry].slug]! < rank[directory.entries[b.entry].slug]!
            }
            let found = directory.companions(of: index)
            #expect(found.map(\.entry) == expected.prefix(8).map(\.entry), "\(entry.name)")
            #expect(found.map(\.shared) == expected.prefix(8).map(\.shared), "\(entry.name)")
            #expect(directory.companions(of: index, limit: 0).isEmpty)
            // The appearances of other actors that the count goes through.
            let appearances = entry.briefings.reduce(0) { sum, briefing in sum + directory.entries.count { $0.briefings.contains(briefing) } - 1 }
            tabled.insert(ActorDirectory.countsInTable(appearances: appearances, entries: directory.entries.count))
        }
        // Both ways of counting were taken.
        #expect(tabled == [true, false])
    }

    @Test func theDirectoryIsTheSameMadeInParallelOrInOrder() async {
        var briefings = Self.briefings(count: 200)
        // Surnames alone, which join a full name met in any batch.
        for index in stride(from: 0, to: 200, by: 7) { briefings[index].actors.append(Actor(name: "Berg", kind: .person)) }
        // In batches smaller than the briefings, so that joining runs across batches.
        let parallel = await ActorDirectory.make(briefings, jobs: 2, batch: 64)
        let serial = ActorDirectory(briefings)
        #expect(parallel.entries.map(\.slug) == serial.entries.map(\.slug))
        #expect(parallel.entries.map(\.briefings) == serial.entries.map(\.briefings))
        #expect(parallel.ranked.map(\.name) == serial.ranked.map(\.name))
        #expect(parallel.entry(named: "Berg", kind: .person)?.name == "Anna Berg")
    }
}
