/// Writes a briefing as one line of contract JSON, byte for byte what `JSONEncoder` with sorted keys
/// writes, with `<`, `>` and `&` escaped as `Briefing.htmlSafe` does.
struct ContractWriter {
    private var out: [UInt8] = []

    static func line(_ briefing: Briefing) -> String {
        var w = ContractWriter()
        w.out.reserveCapacity(4096)
        w.write(briefing)
        return String(decoding: w.out, as: UTF8.self)
    }

    private mutating func write(_ b: Briefing) {
        let a = b.article
        raw("{")
        key("actors", first: true)
        array(b.actors) { w, actor in
            w.raw("{")
            w.key("aliases", first: true)
            w.array(actor.aliases) { w, alias in w.string(alias) }
            w.key("kind")
            w.string(actor.kind.rawValue)
            w.key("mentions")
            w.raw(String(actor.mentions))
            w.key("name")
            w.string(actor.name)
            w.key("paragraph")
            w.int(actor.paragraph)
            w.key("role")
            w.string(actor.role)
            w.raw("}")
        }
        key("date")
        string(a.date?.iso)
        key("dates")
        array(b.dates) { w, date in
            w.raw("{")
            w.key("paragraph", first: true)
            w.raw(String(date.paragraph))
            w.key("text")
            w.string(date.text)
            w.key("value")
            w.string(date.value)
            w.raw("}")
        }
        key("outlet")
        string(a.outlet)
        key("place")
        string(a.place)
        key("quotes")
        array(b.quotes) { w, quote in
            w.raw("{")
            w.key("cue", first: true)
            w.string(quote.cue)
            w.key("paragraph")
            w.raw(String(quote.paragraph))
            w.key("speaker")
            w.string(quote.speaker)
            w.key("text")
            w.string(quote.text)
            w.raw("}")
        }
        key("slug")
        string(a.slug)
        key("source")
        string(a.source)
        key("summary")
        array(b.summary) { w, sentence in w.string(sentence) }
        key("tags")
        array(a.tags) { w, tag in w.string(tag) }
        key("timeline")
        array(b.timeline) { w, entry in
            w.raw("{")
            w.key("date", first: true)
            w.string(entry.date)
            w.key("event")
            w.string(entry.event)
            w.key("paragraph")
            w.raw(String(entry.paragraph))
            w.raw("}")
        }
        key("title")
        string(a.title)
        key("url")
        string(a.url)
        raw("}")
    }

    private mutating func key(_ name: String, first: Bool = false) {
        if !first { raw(",") }
        raw("\"")
        raw(name)
        raw("\":")
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
        guard let value else {
            raw("null")
            return
        }
        out.append(UInt8(ascii: "\""))
        // Every byte to escape is ASCII, so the UTF-8 of other characters passes through untouched.
        for b in value.utf8 {
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
            case 0..<0x20: raw(Self.controlEscape(UInt32(b)))
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func controlEscape(_ value: UInt32) -> String {
        let hex = Array("0123456789abcdef".utf8)
        return "\\u00" + String(decoding: [hex[Int(value >> 4)], hex[Int(value & 0xF)]], as: UTF8.self)
    }
}
