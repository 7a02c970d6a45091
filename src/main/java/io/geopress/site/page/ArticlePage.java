package io.geopress.site.page;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import java.util.List;

/**
 * Everything the article template shows, top to bottom in the order of the page anatomy (DESIGN.md §1).
 *
 * @param sourceLines the attribution lines, Chinese then English ("发布时间:… 文章来源:…")
 * @param site the site as this page shows it, numbering the article's footnotes
 * @param sourcePage the list of this source's articles, or null when the source has no name
 * @param body the body's blocks but its footnotes, lists gathered
 * @param notes the body's footnote blocks, which the page lists at the end of the body
 * @param categories the article's categories, each linking to its list
 * @param labels the labels on the parts a model wrote
 * @param excerptSource where the full text is: a link target, or null when only the source's name is known
 */
public record ArticlePage(
        SitePart site,
        Bilingual title,
        String dateIso,
        String dateText,
        Bilingual summary,
        Bilingual sourceTitle,
        Bilingual sourceLines,
        String sourcePage,
        List<BodyNode> body,
        List<Block> notes,
        List<Faq> faq,
        boolean excerpt,
        Bilingual excerptSourceName,
        String excerptSource,
        List<ShareLink> share,
        List<Bilingual> disclaimer,
        List<TagLink> tags,
        List<TagLink> categories,
        Labels labels,
        Head head) {

    /**
     * Which parts of the page a model wrote: each label names the model and the day, or is null when the part is
     * not machine-written.
     *
     * @param translation the label on each block flagged machine-translated, on the language the model wrote
     */
    public record Labels(MachineLabel title, MachineLabel summary, MachineLabel faq, MachineLabel translation) {
        public static final Labels NONE = new Labels(null, null, null, null);
    }

    /**
     * The document head.
     *
     * @param jsonLd schema.org JSON-LD, already escaped for a script element
     * @param image the image that stands for the article (Open Graph, JSON-LD), or null when it has none
     */
    public record Head(String title, String description, String canonical, String markdown, String ogLocale,
            String publishedIso, String modifiedIso, String siteName, String jsonLd, Image image) {}

    /**
     * An image by its absolute address.
     *
     * @param width its width in pixels, or 0 when not known; likewise {@code height}
     */
    public record Image(String url, int width, int height) {}
}
