package io.geopress.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article, as imported or enriched: an immutable value; every change makes a new one.
 *
 * @param title the GEO title, a question a reader would ask an AI assistant
 * @param summary the "AI Summary (BLUF)" in English and its Chinese translation
 * @param date our publication date, or null until first published
 * @param disclaimer a disclaimer that came with the source, paragraph by paragraph; empty means the site's default
 * @param excerpt true when the body is a part of the original
 * @param slug the slug asked for by the source (front matter), or null to derive one
 * @param categories the sections the article is filed under (Hugo's {@code categories}), apart from its tags
 * @param keywords the words a search engine or model should associate with the article (meta keywords, JSON-LD)
 * @param provenance who or what produced each part; a part an editor wrote is locked against enrichment
 * @param image the article's own image (Hugo's {@code images}, {@code image} or {@code cover}) for link previews and
 *     JSON-LD, or null: the first figure of the body serves then
 */
public record Article(
        Bilingual title,
        Bilingual summary,
        OffsetDateTime date,
        Source source,
        List<Block> body,
        List<Faq> faq,
        List<String> tags,
        List<String> categories,
        List<String> keywords,
        List<Bilingual> disclaimer,
        boolean excerpt,
        String slug,
        Map<Field, Provenance> provenance,
        Figure image) {

    public Article {
        Objects.requireNonNull(title, "title");
        summary = summary == null ? Bilingual.EMPTY : summary;
        source = source == null ? Source.UNKNOWN : source;
        body = List.copyOf(body == null ? List.of() : body);
        faq = List.copyOf(faq == null ? List.of() : faq);
        tags = cleaned(tags);
        categories = cleaned(categories);
        keywords = cleaned(keywords);
        disclaimer = List.copyOf(disclaimer == null ? List.of() : disclaimer);
        slug = slug == null || slug.isBlank() ? null : CleanText.of(slug).strip();
        provenance = provenance == null || provenance.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(provenance));
    }

    /** An article without an image of its own. */
    public Article(Bilingual title, Bilingual summary, OffsetDateTime date, Source source, List<Block> body, List<Faq> faq,
            List<String> tags, List<String> categories, List<String> keywords, List<Bilingual> disclaimer, boolean excerpt,
            String slug, Map<Field, Provenance> provenance) {
        this(title, summary, date, source, body, faq, tags, categories, keywords, disclaimer, excerpt, slug, provenance, null);
    }

    /** An article with no keywords of its own, as importers make them. */
    public Article(Bilingual title, Bilingual summary, OffsetDateTime date, Source source, List<Block> body, List<Faq> faq,
            List<String> tags, List<String> categories, List<Bilingual> disclaimer, boolean excerpt, String slug,
            Map<Field, Provenance> provenance) {
        this(title, summary, date, source, body, faq, tags, categories, List.of(), disclaimer, excerpt, slug, provenance);
    }

    /** Whether an editor wrote {@code field} by hand: enrichment never replaces it. */
    public boolean locked(Field field) {
        Provenance p = provenance.get(field);
        return p != null && p.agent().equals(Provenance.EDITOR);
    }

    /** The id of the body's block at {@code position} (from 0): its own, or its position's before the store gave one. */
    public String blockId(int position) {
        String id = body.get(position).id();
        return id != null ? id : BlockIds.positional(position);
    }

    /** The position in the body of the block {@code id} names, or -1. */
    public int position(String id) {
        for (int i = 0; i < body.size(); i++) if (blockId(i).equals(id)) return i;
        return -1;
    }

    public Article withTitle(Bilingual text, Provenance by) {
        return new Article(text, summary, date, source, body, faq, tags, categories, keywords, disclaimer, excerpt, slug, by(Field.TITLE, by), image);
    }

    public Article withSummary(Bilingual text, Provenance by) {
        return new Article(title, text, date, source, body, faq, tags, categories, keywords, disclaimer, excerpt, slug, by(Field.SUMMARY, by), image);
    }

    public Article withBody(List<Block> blocks, Provenance by) {
        return new Article(title, summary, date, source, blocks, faq, tags, categories, keywords, disclaimer, excerpt, slug, by(Field.BODY, by), image);
    }

    /** The body with blocks a model translated, credited to {@code by}; the body's own provenance is kept. */
    public Article withTranslation(List<Block> blocks, Provenance by) {
        return new Article(title, summary, date, source, blocks, faq, tags, categories, keywords, disclaimer, excerpt, slug,
                by(Field.TRANSLATION, by), image);
    }

    /** The same article with {@code blocks} as its body and its provenance unchanged (block ids given, flags set). */
    public Article withBlocks(List<Block> blocks) {
        return blocks == body ? this
                : new Article(title, summary, date, source, blocks, faq, tags, categories, keywords, disclaimer, excerpt, slug, provenance, image);
    }

    public Article withImage(Figure picture) {
        return new Article(title, summary, date, source, body, faq, tags, categories, keywords, disclaimer, excerpt, slug, provenance, picture);
    }

    public Article withSource(Source from) {
        return new Article(title, summary, date, from, body, faq, tags, categories, keywords, disclaimer, excerpt, slug, provenance, image);
    }

    /** The image that stands for the article: its own, else its first figure's, or null. */
    public Figure picture() {
        if (image != null) return image;
        for (Block b : body) if (b.figure() != null && !b.has(BlockFlag.MISSING_IMAGE)) return b.figure();
        return null;
    }

    public Article withFaq(List<Faq> pairs, Provenance by) {
        return new Article(title, summary, date, source, body, pairs, tags, categories, keywords, disclaimer, excerpt, slug, by(Field.FAQ, by), image);
    }

    public Article withTags(List<String> words, Provenance by) {
        return new Article(title, summary, date, source, body, faq, words, categories, keywords, disclaimer, excerpt, slug, by(Field.TAGS, by), image);
    }

    public Article withCategories(List<String> names, Provenance by) {
        return new Article(title, summary, date, source, body, faq, tags, names, keywords, disclaimer, excerpt, slug, by(Field.CATEGORIES, by), image);
    }

    public Article withKeywords(List<String> words, Provenance by) {
        return new Article(title, summary, date, source, body, faq, tags, categories, words, disclaimer, excerpt, slug, by(Field.KEYWORDS, by), image);
    }

    private static List<String> cleaned(List<String> words) {
        if (words == null || words.isEmpty()) return List.of();
        List<String> clean = new ArrayList<>(words.size());
        for (String word : words) clean.add(CleanText.of(word));
        return List.copyOf(clean);
    }

    private Map<Field, Provenance> by(Field field, Provenance by) {
        Map<Field, Provenance> changed = new EnumMap<>(Field.class);
        changed.putAll(provenance);
        if (by == null) changed.remove(field); // nobody in particular: enrichment may write it again
        else changed.put(field, by);
        return changed;
    }
}
