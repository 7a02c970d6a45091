package io.geopress.ingest;

import io.geopress.model.LinkTarget;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Node;

/**
 * One reading of HTML into blocks: where its addresses lead, its footnotes, and what it collects on the way, the
 * warnings (each naming the file and line) and the local image files its figures name.
 *
 * @param lineOffset what to add to a line of the parsed HTML to get the file's line (a fragment of a Markdown file
 *     starts on a later line)
 */
record HtmlReading(SourceFile file, int lineOffset, HtmlAddresses addresses, HtmlFootnotes notes, List<String> warnings,
        List<Imported.LocalImage> images) {

    static HtmlReading of(SourceFile file, int lineOffset, HtmlAddresses addresses, HtmlFootnotes notes) {
        return new HtmlReading(file, lineOffset, addresses, notes, new ArrayList<>(), new ArrayList<>());
    }

    int line(Node node) {
        return HtmlText.line(node) + lineOffset;
    }

    /** "FILE:LINE" of a node. */
    String at(Node node) {
        return file.at(line(node));
    }

    void warn(Node node, String what) {
        warnings.add(at(node) + ": " + what);
    }

    /**
     * An address as a reader can follow it, or null when its scheme is refused, with a warning: "WHAT 'URL' is not
     * kept (why)INSTEAD".
     */
    String target(Node node, String href, String what, String instead) {
        String url = addresses.resolve(href);
        String problem = LinkTarget.problem(url);
        if (problem == null) return url;
        warn(node, what + " '" + shown(url) + "' is not kept (" + problem + ")" + instead);
        return null;
    }

    private static String shown(String url) {
        String oneLine = url.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
    }
}
