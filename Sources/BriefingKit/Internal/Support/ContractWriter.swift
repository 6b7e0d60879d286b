/// Writes a briefing as one line of contract JSON, byte for byte what `JSONEncoder` with sorted keys
/// writes, with `<`, `>` and `&` escaped as `Briefing.htmlSafe` does.
struct ContractWriter {
    private var out: [UInt8] = []
    /// True right after an object opens: its first member takes no comma.
    private var opened = false

    static func line(_ briefing: Briefing) -> String {
        var w = ContractWriter()
        w.out.reserveCapacity(4096)
        w.write(briefing)
        return String(decoding: w.out, as: UTF8.self)
    }

    /// The briefing as indented JSON, laid out as JSONEncoder's `.prettyPrinted` lays it out: the
    /// one-line form with line breaks and two-space indents outside the strings, and " : " after keys.
    static func pretty(_ briefing: Briefing) -> String {
        var w = ContractWriter()
        w.out.reserveCapacity(4096)
        w.write(briefing)
        return String(decoding: indented(w.out), as: UTF8.self)
    }

    static func indented(_ line: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline() {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
        }
        var i = 0
        while i < line.count {
            let b = line[i]
            i += 1
            if inString {
                out.append(b)
                if escaped {
                    escaped = false
                } else if b == UInt8(ascii: "\\") {
                    escaped = true
                } else if b == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch b {
            case UInt8(ascii: "\""):
                inString = true
                out.append(b)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                out.append(b)
                if i < line.count, line[i] == (b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    // An empty container keeps an empty line inside.
                    out.append(UInt8(ascii: "\n"))
                    newline()
                    out.append(line[i])
                    i += 1
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(b)
            case UInt8(ascii: ","):
                out.append(b)
                newline()
            case UInt8(ascii: ":"):
                out.append(contentsOf: " : ".utf8)
            default:
                out.append(b)
            }
        }
        return out
    }

    /// A JSON array of strings, escaped as the contract's strings are.
    static func stringArray(_ items: [String]) -> String {
        var w = ContractWriter()
        w.array(items) { w, item in w.string(item) }
        return String(decoding: w.out, as: UTF8.self)
    }

    /// The same array, appended to `bytes`: a large file made of many arrays is written without a
    /// string for each.
    static func stringArray(_ items: [String], into bytes: inout [UInt8]) {
        var w = ContractWriter()
        swap(&w.out, &bytes)
        w.array(items) { w, item in w.string(item) }
        swap(&w.out, &bytes)
    }

    private mutating func write(_ b: Briefing) {
        let a = b.article
        object { w in
            w.field("actors", b.actors) { w, actor in
                w.object { w in
                    w.field("aliases", actor.aliases) { w, alias in w.string(alias) }
                    w.field("kind", actor.kind.rawValue)
                    w.field("mentions", int: actor.mentions)
                    w.field("name", actor.name)
                    w.field("paragraph", int: actor.paragraph)
                    w.field("role", actor.role)
                }
            }
            w.field("date", a.date?.iso)
            w.field("dates", b.dates) { w, date in
                w.object { w in
                    w.field("paragraph", int: date.paragraph)
                    w.field("text", date.text)
                    w.field("value", date.value)
                }
            }
            w.field("outlet", a.outlet)
            w.field("place", a.place)
            w.field("quotes", b.quotes) { w, quote in
                w.object { w in
                    w.field("cue", quote.cue)
                    w.field("paragraph", int: quote.paragraph)
                    w.field("speaker", quote.speaker)
                    w.field("text", quote.text)
                }
            }
            w.field("slug", a.slug)
            w.field("source", a.source)
            w.field("summary", b.summary) { w, sentence in w.string(sentence) }
            w.field("tags", a.tags) { w, tag in w.string(tag) }
            w.field("timeline", b.timeline) { w, entry in
                w.object { w in
                    w.field("date", entry.date)
                    w.field("event", entry.event)
                    w.field("paragraph", int: entry.paragraph)
                }
            }
            w.field("title", a.title)
            w.field("url", a.url)
        }
    }

    /// A JSON object whose members `body` writes, in the order given (the keys' sorted order).
    private mutating func object(_ body: (inout ContractWriter) -> Void) {
        raw("{")
        opened = true
        body(&self)
        opened = false
        raw("}")
    }

    private mutating func key(_ name: String) {
        if !opened { raw(",") }
        opened = false
        raw("\"")
        raw(name)
        raw("\":")
    }

    private mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    private mutating func field(_ name: String, int value: Int?) {
        key(name)
        int(value)
    }

    private mutating func field<T>(_ name: String, _ items: [T], _ each: (inout ContractWriter, T) -> Void) {
        key(name)
        array(items, each)
    }

    private mutating func array<T>(_ items: [T], _ each: (inout ContractWriter, T) -> Void) {
        raw("[")
        for (i, item) in items.enumerated() {
            if i > 0 { raw(",") }
            each(&self, item)
        }
        raw("]")
    }

    private mutating func int(_ value: Int?) {
        if let value { raw(String(value)) } else { raw("null") }
    }

    private mutating func raw(_ text: String) { out.append(contentsOf: text.utf8) }

    private mutating func string(_ value: String?) {
        guard var text = value else {
            raw("null")
            return
        }
        out.append(UInt8(ascii: "\""))
        // Every byte to escape is ASCII, so the UTF-8 of other characters passes through untouched, in
        // runs copied whole.
        text.withUTF8 { utf8 in
            var run = 0
            for (index, b) in utf8.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "&") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                escape(b)
                run = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case UInt8(ascii: "<"): raw("\\u003c")
        case UInt8(ascii: ">"): raw("\\u003e")
        case UInt8(ascii: "&"): raw("\\u0026")
        default: raw(Self.controlEscape(UInt32(b)))
        }
    }

    private static func controlEscape(_ value: UInt32) -> String {
        let hex = Array("0123456789abcdef".utf8)
        return "\\u00" + String(decoding: [hex[Int(value >> 4)], hex[Int(value & 0xF)]], as: UTF8.self)
    }
}
