package io.geopress.ingest;

import io.geopress.model.Inline;
import io.geopress.model.LinkTarget;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * What the shortcodes of one file become, other than {@code figure} ({@link HugoFigure}) and {@code highlight}
 * ({@link HugoHighlight}, read before Markdown is): {@code ref} and {@code relref} a link to the article of that file
 * ({@link LinkTarget#REFERENCE}, which a build resolves), {@code youtube}, {@code vimeo}, {@code x} ({@code tweet}),
 * {@code gist} and {@code instagram} a link to the page they embed; any other is kept as written and counted in the
 * import's {@link ShortcodeTally}. A known shortcode that cannot be read is kept as written too, with a warning.
 */
final class HugoShortcodes {
    private static final Pattern VIDEO_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,30}");
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final String name;
    private final List<String> warnings;
    private final ShortcodeTally tally;

    /** @param name how warnings name the file */
    HugoShortcodes(String name, List<String> warnings, ShortcodeTally tally) {
        this.name = name;
        this.warnings = warnings;
        this.tally = tally;
    }

    /** What {@code shortcode}, written on {@code line}, stands for in running text. */
    List<Inline> inline(HugoShortcode.Node shortcode, int line) {
        String at = name + ":" + line;
        List<Inline> asWritten = List.of(new Inline.Text(shortcode.text));
        boolean known = isReference(shortcode) || Embed.of(shortcode.name) != null || shortcode.name.equals("highlight");
        if (!known) {
            if (!shortcode.closing) tally.unknown(shortcode.name, name, line);
            return asWritten;
        }
        if (shortcode.closing) return asWritten; // a closing tag with no opening one around it
        HugoShortcode.Arguments args = shortcode.closed ? HugoShortcode.arguments(shortcode) : null;
        String problem = args == null ? "it is not closed with >}} or %}}" : args.problem();
        if (problem == null && shortcode.name.equals("highlight")) problem = "it is read only when it and its end are alone on their lines";
        if (problem != null) {
            warnings.add(at + ": malformed " + shortcode.name + " shortcode (" + problem + "); kept as text");
            return asWritten;
        }
        if (isReference(shortcode)) {
            String target = reference(args, at);
            if (target == null) return asWritten;
            String written = args.get("path", 0);
            return List.of(new Inline.Link(target, null, List.of(new Inline.Text(written))));
        }
        Embed embed = Embed.of(shortcode.name);
        String url = embed.url(args);
        if (url == null) {
            warnings.add(at + ": " + shortcode.name + " shortcode: " + embed.needs + "; kept as text");
            return asWritten;
        }
        String title = args.named().getOrDefault("title", "").strip();
        return List.of(new Inline.Link(url, null, List.of(new Inline.Text(title.isEmpty() ? url : title))));
    }

    private static boolean isReference(HugoShortcode.Node shortcode) {
        return shortcode.name.equals("ref") || shortcode.name.equals("relref");
    }

    /** The {@code ref:} address of a reference's target, or null when it names no file of the site (with a warning). */
    private String reference(HugoShortcode.Arguments args, String at) {
        String target = args.get("path", 0);
        if (target == null || target.isBlank()) {
            warnings.add(at + ": ref shortcode names no page; kept as text");
            return null;
        }
        String problem = LinkTarget.referenceProblem(target.strip());
        if (problem != null) {
            warnings.add(at + ": ref shortcode '" + BlockPairer.head(target) + "': " + problem + "; kept as text");
            return null;
        }
        return LinkTarget.REFERENCE + target.strip();
    }

    /**
     * A Markdown link whose address is a reference, {@code [text]({{< ref "a.md" >}})}, which commonmark reads as text
     * around the shortcode (an address holds no spaces), made a link again in the children of {@code parent} and below.
     */
    void linkReferences(Node parent, ToIntFunction<Node> lineOf) {
        boolean again = true;
        while (again) { // a link made changes the siblings: look again from the first, one shortcode fewer
            again = false;
            for (Node node = parent.getFirstChild(); node != null && !again; node = node.getNext()) {
                if (node instanceof HugoShortcode.Node shortcode && isReference(shortcode) && shortcode.closed
                        && node.getPrevious() instanceof Text before && before.getLiteral().endsWith("](")
                        && node.getNext() instanceof Text after && after.getLiteral().startsWith(")")) {
                    again = linkBefore(before, shortcode, after, lineOf.applyAsInt(node));
                } else if (node.getFirstChild() != null) {
                    linkReferences(node, lineOf);
                }
            }
        }
    }

    /** Turns {@code [ … ](} + the shortcode + {@code )} into a link; false when no {@code [} opens it. */
    private boolean linkBefore(Text before, HugoShortcode.Node shortcode, Text after, int line) {
        String head = before.getLiteral().substring(0, before.getLiteral().length() - 2);
        Text open = null;
        int at = -1;
        int depth = 0;
        for (Node n = before; n != null && open == null; n = n.getPrevious()) {
            if (!(n instanceof Text text)) continue;
            String literal = n == before ? head : text.getLiteral();
            for (int i = literal.length() - 1; i >= 0 && open == null; i--) {
                if (literal.charAt(i) == ']') depth++;
                else if (literal.charAt(i) == '[' && depth-- == 0) {
                    open = text;
                    at = i;
                }
            }
        }
        if (open == null) return false;
        before.setLiteral(head);
        HugoShortcode.Arguments args = HugoShortcode.arguments(shortcode);
        String target = args.problem() == null ? reference(args, name + ":" + line) : null;
        if (args.problem() != null) warnings.add(name + ":" + line + ": malformed ref shortcode (" + args.problem() + "); kept as text");
        Link link = new Link(target, null);
        String inner = open.getLiteral().substring(at + 1);
        open.setLiteral(open.getLiteral().substring(0, at));
        open.insertAfter(link);
        if (!inner.isEmpty()) link.appendChild(new Text(inner));
        if (open != before) {
            for (Node n = link.getNext(); n != shortcode; ) {
                Node next = n.getNext();
                link.appendChild(n);
                n = next;
            }
        }
        shortcode.unlink();
        after.setLiteral(after.getLiteral().substring(1));
        if (target == null) { // its text stays, without the address
            while (link.getLastChild() != null) link.insertAfter(link.getLastChild());
            link.unlink();
        }
        for (Text text : new Text[] {open, before, after}) if (text.getLiteral().isEmpty()) text.unlink();
        return true;
    }

    /** A shortcode that embeds another site's page, which becomes a link to that page. */
    private enum Embed {
        YOUTUBE("a video id ([A-Za-z0-9_-]) is needed") {
            @Override
            String url(HugoShortcode.Arguments args) {
                String id = args.get("id", 0);
                return matches(VIDEO_ID, id) ? "https://www.youtube.com/watch?v=" + id : null;
            }
        },
        VIMEO("a video id ([A-Za-z0-9_-]) is needed") {
            @Override
            String url(HugoShortcode.Arguments args) {
                String id = args.get("id", 0);
                return matches(VIDEO_ID, id) ? "https://vimeo.com/" + id : null;
            }
        },
        X("a post's id (digits) and its account's name are needed") {
            @Override
            String url(HugoShortcode.Arguments args) {
                String user = args.get("user", 0);
                String id = args.get("id", 1);
                if (id == null && args.positional().size() == 1) { // {{< tweet 123 >}}, from before Hugo named the account
                    id = user;
                    user = "i";
                }
                return matches(ACCOUNT, user) && matches(DIGITS, id) ? "https://x.com/" + user + "/status/" + id : null;
            }
        },
        GIST("an account's name and a gist's id ([A-Za-z0-9]) are needed") {
            @Override
            String url(HugoShortcode.Arguments args) {
                String user = args.get("user", 0);
                String id = args.get("id", 1);
                return matches(ACCOUNT, user) && matches(VIDEO_ID, id) ? "https://gist.github.com/" + user + "/" + id : null;
            }
        },
        INSTAGRAM("a post's id ([A-Za-z0-9_-]) is needed") {
            @Override
            String url(HugoShortcode.Arguments args) {
                String id = args.get("id", 0);
                return matches(VIDEO_ID, id) ? "https://www.instagram.com/p/" + id + "/" : null;
            }
        };

        private static final Map<String, Embed> BY_NAME = Map.of("youtube", YOUTUBE, "vimeo", VIMEO, "x", X, "tweet", X,
                "gist", GIST, "instagram", INSTAGRAM);

        final String needs;

        Embed(String needs) {
            this.needs = needs;
        }

        /** The page's address, or null when the arguments name none. */
        abstract String url(HugoShortcode.Arguments args);

        static Embed of(String name) {
            return BY_NAME.get(name);
        }

        private static boolean matches(Pattern pattern, String value) {
            return value != null && pattern.matcher(value).matches();
        }
    }
}
