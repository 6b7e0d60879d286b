/// The live-reload client: a file, because the pages' Content-Security-Policy allows scripts from the
/// site's own origin only, never inline.
enum ReloadScript {
    /// The folder, under the site's prefix, that holds the preview's own endpoints.
    static let folder = "__briefing/"

    static func scriptPath(prefix: String) -> String { prefix + folder + "reload.js" }
    static func eventsPath(prefix: String) -> String { prefix + folder + "events" }

    /// The tag put into every HTML page the preview serves (and never into a build's files). It carries
    /// the build the page was served from.
    static func tag(prefix: String, buildID: String) -> String {
        #"<script src="\#(scriptPath(prefix: prefix))" data-build="\#(buildID)" defer></script>"#
    }

    /// Reloads the page when the server says the site was rebuilt, or when the page turns out to be
    /// older than the current build (it missed a reload, or the server was restarted). It finds the
    /// events next to itself, so it works under any prefix.
    static let source = """
        // Live reload for `briefing serve`; never part of a built site.
        (function () {
          "use strict";
          var script = document.currentScript;
          if (!script || typeof EventSource === "undefined") return;
          var shown = script.getAttribute("data-build");
          var events = new EventSource(new URL("events", script.src).href);
          function check(event) {
            var build = null;
            try { build = JSON.parse(event.data).build; } catch (e) { return; }
            if (!build || build === shown) return;
            // Reload once per build: should the page come back still naming an older one, stop there
            // rather than reload for ever.
            var key = "briefing-reload " + location.pathname;
            try {
              if (sessionStorage.getItem(key) === build) return;
              sessionStorage.setItem(key, build);
            } catch (e) {}
            events.close();
            location.reload();
          }
          events.addEventListener("hello", check);
          events.addEventListener("reload", check);
        })();

        """
}
