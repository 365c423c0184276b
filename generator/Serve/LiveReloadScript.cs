namespace RunnersQA.Serve;

/// <summary>
/// The script <c>serve</c> adds to every page it sends (never to the built files): it reloads the page after
/// each rebuild, and after a failed one shows the problems in a panel over the page.
/// </summary>
public static class LiveReloadScript
{
    public const string ScriptPath = "/__runnersqa/live.js";
    public const string EventsPath = "/__runnersqa/events";

    /// <summary>What goes into each HTML response, just before <c>&lt;/body&gt;</c>.</summary>
    public const string Tag = $"<script src=\"{ScriptPath}\" defer></script>";

    // Built with textContent and element.style only: the messages quote the input verbatim, and a theme's
    // Content-Security-Policy may forbid inline style attributes.
    public const string Source = $$"""
        // RunnersQA serve: live reload and the build-problems overlay.
        (() => {
          "use strict";
          const events = new EventSource("{{EventsPath}}");
          let overlay = null;

          events.addEventListener("reload", () => location.reload());
          events.addEventListener("problems", (event) => show(JSON.parse(event.data)));

          function element(tag, text, style) {
            const node = document.createElement(tag);
            if (text) node.textContent = text;
            Object.assign(node.style, style || {});
            return node;
          }

          function show(problems) {
            if (overlay) overlay.remove();
            overlay = element("div", "", {
              position: "fixed", top: "0", left: "0", right: "0", maxHeight: "80vh", overflow: "auto", zIndex: "2147483647",
              boxSizing: "border-box", padding: "1rem 1.25rem", background: "#3b0d0d", color: "#fff",
              font: "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", boxShadow: "0 4px 16px rgba(0,0,0,.5)",
            });
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-label", "Build problems");

            const close = element("button", "Close", {
              float: "right", font: "inherit", padding: ".25rem .75rem", color: "#000", background: "#fff", border: "0", borderRadius: "4px",
            });
            close.type = "button";
            close.addEventListener("click", () => { overlay.remove(); overlay = null; });
            overlay.append(close);
            overlay.append(element("p", "The build failed; this page is the last good build.", { margin: "0 0 .75rem", fontWeight: "bold" }));

            const list = element("ul", "", { margin: "0", padding: "0", listStyle: "none" });
            for (const p of problems) {
              const item = element("li", "", { margin: "0 0 .75rem" });
              item.append(element("div", `${p.path}:${p.line}:${p.column}: ${p.code} ${p.message}`));
              item.append(element("div", `hint: ${p.hint}`, { opacity: ".85", paddingLeft: "1rem" }));
              list.append(item);
            }
            overlay.append(list);
            document.body.append(overlay);
            close.focus();
          }
        })();
        """;
}
