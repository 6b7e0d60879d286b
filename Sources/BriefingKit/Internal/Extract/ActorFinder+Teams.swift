extension ActorFinder {
    /// In a line of results or standings ("DETROIT 4 Kansas City 1 Minnesota 6", "ATLANTA 83 49 .629"),
    /// the places named right before a score are teams: sports pages name clubs by their cities. One
    /// name before a number is a count or an address; it takes three in a paragraph to make a table.
    static func markTeams(_ candidates: inout [Candidate], in paragraph: ParagraphText) {
        let tokens = paragraph.tokens
        func isScore(_ index: Int) -> Bool {
            guard index < tokens.count, tokens[index].kind == .number else { return false }
            let text = tokens[index].text.utf8
            return text.count <= 3 && text.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        }
        // Any name before a score counts towards the table (the tagger knows some teams already).
        let scored = candidates.indices.filter { candidates[$0].kind != .person && isScore(candidates[$0].token + candidates[$0].length) }
        guard scored.count >= 3 else { return }
        for index in scored where candidates[index].kind == .place {
            candidates[index].kind = .organization
            candidates[index].team = true
        }
    }
}
