/// Drops what a web page puts between paragraphs: "See also" and "SPECIAL project" boxes with the link
/// titles under them, share buttons, photo credits.
enum DebrisFilter {
    /// Lines that introduce a box of links (compared lower-cased, without a closing colon).
    static let boxMarkers: Set<String> = [
        "see also", "special project", "read also", "also read", "read more", "related", "related articles",
        "related stories", "related news", "related links", "more on this story", "more on this topic",
        "recommended", "most read", "top stories", "you may also like", "you might also like", "more from",
        "further reading", "also on", "latest news", "trending", "popular", "sponsored", "sponsored content",
    ]

    /// Lines that are debris on their own.
    static let linePrefixes: [String] = [
        "image copyright", "image caption", "media playback", "photo:", "photo credit", "getty images",
        "advertisement", "share this", "share on", "follow us", "sign up", "subscribe to", "click here",
        "copyright ©", "© ", "all rights reserved", "picture:", "pictured:", "video:", "watch:", "listen:",
    ]

    struct Block: Sendable {
        var text: String
        var line: Int
    }

    /// Returns the blocks that are article text.
    static func filter(_ blocks: [Block]) -> [Block] {
        var kept: [Block] = []
        var inBox = false
        for block in blocks {
            // Markers and debris lines are short; a long paragraph need not be lower-cased to know it is neither.
            if block.text.utf8.count < 800 {
                var key = normalized(block.text)
                // "[Video: FULL SPEECH: …]": captions in brackets are debris as much as bare ones.
                if key.hasPrefix("["), key.hasSuffix("]") { key = normalized(String(key.dropFirst().dropLast())) }
                if boxMarkers.contains(key) {
                    inBox = true
                    continue
                }
                if linePrefixes.contains(where: { key.hasPrefix($0) }) && block.text.count < 200 {
                    continue
                }
            }
            if inBox {
                // Link titles: short lines without closing punctuation. The first real paragraph ends the box.
                if isLinkTitleBlock(block.text) { continue }
                inBox = false
            }
            kept.append(block)
        }
        return kept
    }

    static func normalized(_ text: String) -> String {
        var key = text.trimmingSpaces().lowercased()
        while key.hasSuffix(":") || key.hasSuffix(".") { key.removeLast() }
        return key.trimmingSpaces()
    }

    /// Every line is short and none ends like a sentence or carries a quotation.
    static func isLinkTitleBlock(_ text: String) -> Bool {
        let lines = text.split(separator: "\n")
        return lines.allSatisfy { line in
            let trimmed = line.trimmingSpaces()
            return trimmed.split(separator: " ").count <= 20 && !endsLikeSentence(trimmed)
                && !trimmed.unicodeScalars.contains(where: { Tokenizer.quoteMarks.contains($0) && $0 != "'" && $0 != "\u{2019}" })
        }
    }

    static func endsLikeSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?:;\"\u{201D}\u{00BB}\u{2019})".unicodeScalars.contains(last)
    }
}
