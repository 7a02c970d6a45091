package io.geopress.site;

import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Inline;
import io.geopress.model.LinkTarget;
import io.geopress.model.Listing;
import io.geopress.model.Redirect;
import io.geopress.model.LabelSlugs;
import io.geopress.model.LabelText;
import io.geopress.model.StoredArticle;
import io.geopress.model.Table;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Links to other articles by their source file ({@code ref:posts/b.md#part}, Hugo's {@code ref}), resolved for one
 * build: to the page of the published article imported from that file, or to their text, with a warning, when this
 * build has none. A path without a leading {@code /} is looked for beside the linking article's own file first, then
 * under the content root, as Hugo does; one without an extension also as {@code PATH.md}, {@code PATH/index.md} and
 * {@code PATH/_index.md}. A path that leads out of the content root finds nothing. An article that holds such links is
 * rendered again whenever the published articles' files or slugs change, so that no link outlives its target.
 */
final class References {
    private static final String FILE = "file:";

    private final Map<String, String> slugByIdentity;
    private final Map<String, String> identityBySlug = new HashMap<>();
    private final Set<String> referring;
    private final Links links;
    private final Consumer<String> warn;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final String fingerprint;

    private References(Map<String, String> slugByIdentity, Set<String> referring, Links links, Consumer<String> warn) {
        this.slugByIdentity = slugByIdentity;
        this.referring = referring;
        this.links = links;
        this.warn = warn;
        slugByIdentity.forEach((identity, slug) -> identityBySlug.put(slug, identity));
        this.fingerprint = referring.isEmpty() ? "" : BuildFolder.key(new TreeMap<>(slugByIdentity).toString());
    }

    /** The references of the articles of {@code listings}, which this build publishes; build warnings go to {@code warn}. */
    static References of(Catalog catalog, List<Listing> listings, Links links, Consumer<String> warn) {
        Set<String> referring = catalog.referring();
        if (referring.isEmpty()) return new References(Map.of(), Set.of(), links, warn);
        Set<String> listed = new HashSet<>();
        listings.forEach(l -> listed.add(l.slug()));
        Map<String, String> published = new HashMap<>();
        catalog.identities().forEach((identity, slug) -> {
            if (listed.contains(slug)) published.put(identity, slug);
        });
        return new References(published, referring, links, warn);
    }

    /** An article's key ({@link ArticleOutputs#key}), with what its links resolve to when it has any. */
    String key(String slug, String key) {
        return referring.contains(slug) ? key + "@refs:" + fingerprint : key;
    }

    /** {@code catalog}, handing over articles with their references resolved. */
    Catalog resolving(Catalog catalog) {
        if (referring.isEmpty()) return catalog;
        return new Catalog() {
            @Override
            public List<Listing> listings() {
                return catalog.listings();
            }

            @Override
            public List<Redirect> redirects() {
                return catalog.redirects();
            }

            @Override
            public LabelSlugs labelSlugs(List<Listing> listings) {
                return catalog.labelSlugs(listings);
            }

            @Override
            public List<String> withdrawn() {
                return catalog.withdrawn();
            }

            @Override
            public List<LabelText> labelTexts() {
                return catalog.labelTexts();
            }

            @Override
            public void forEachBatch(List<String> slugs, Consumer<List<StoredArticle>> action) {
                catalog.forEachBatch(slugs, batch -> action.accept(batch.stream().map(References.this::resolve).toList()));
            }
        };
    }

    StoredArticle resolve(StoredArticle stored) {
        if (!referring.contains(stored.slug())) return stored;
        List<Block> body = new ArrayList<>(stored.article().body().size());
        for (Block block : stored.article().body()) {
            Block resolved = block.withText(text(block.text(), stored.slug()));
            Table table = block.table();
            if (table != null) {
                List<Table.Row> rows = new ArrayList<>();
                for (Table.Row row : table.rows()) {
                    rows.add(new Table.Row(row.cells().stream().map(c -> c.withText(text(c.text(), stored.slug()))).toList(), row.header()));
                }
                resolved = resolved.withDetail(table.withRows(rows));
            }
            body.add(resolved);
        }
        return new StoredArticle(stored.id(), stored.slug(), stored.status(), stored.revision(), stored.latestRevision(),
                stored.publishedRevision(), stored.publishedAt(), stored.revisedAt(), stored.article().withBlocks(body));
    }

    private Bilingual text(Bilingual text, String slug) {
        if (!text.hasMarkup()) return text;
        return new Bilingual(text.zh(), text.en(), nodes(text.zhInline(), slug), nodes(text.enInline(), slug));
    }

    private List<Inline> nodes(List<Inline> nodes, String slug) {
        List<Inline> out = new ArrayList<>(nodes.size());
        for (Inline node : nodes) {
            if (node instanceof Inline.Link l && LinkTarget.isReference(l.url())) {
                String address = address(l.url().substring(LinkTarget.REFERENCE.length()), slug);
                if (address == null) out.addAll(nodes(l.children(), slug));
                else out.add(new Inline.Link(address, l.title(), nodes(l.children(), slug)));
            } else if (node instanceof Inline.Styled s) {
                out.add(new Inline.Styled(s.style(), nodes(s.children(), slug)));
            } else {
                out.add(node);
            }
        }
        return out;
    }

    /** The address of the page {@code target} names, or null (with a warning, once) when this build has none. */
    private String address(String target, String slug) {
        int hash = target.indexOf('#');
        String path = (hash < 0 ? target : target.substring(0, hash)).replace("%20", " ");
        String anchor = hash < 0 ? "" : target.substring(hash);
        if (path.isEmpty()) return anchor;
        String found = null;
        String own = identityBySlug.getOrDefault(slug, "");
        String folder = own.startsWith(FILE) && own.lastIndexOf('/') > 0 ? own.substring(FILE.length(), own.lastIndexOf('/') + 1) : "";
        List<String> bases = path.startsWith("/") ? List.of("") : folder.isEmpty() ? List.of("") : List.of(folder, "");
        for (String base : bases) {
            String under = normalized(base + (path.startsWith("/") ? path.substring(1) : path));
            if (under == null) continue;
            for (String candidate : candidates(under)) {
                found = slugByIdentity.get(FILE + candidate);
                if (found != null) break;
            }
            if (found != null) break;
        }
        if (found == null) {
            if (warned.add(slug + " " + target)) {
                warn.accept("article '" + slug + "': link to '" + target + "' (Hugo ref) leads to no published article; kept as text");
            }
            return null;
        }
        return found.equals(slug) && !anchor.isEmpty() ? anchor : links.articlePath(found) + anchor;
    }

    private static List<String> candidates(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.contains(".")) return List.of(path);
        return List.of(path, path + ".md", path + "/index.md", path + "/_index.md", path + ".markdown");
    }

    /** {@code path} with its {@code .} and {@code ..} names taken away, in Unicode NFC; null when it leads out of the root. */
    private static String normalized(String path) {
        Deque<String> names = new ArrayDeque<>();
        for (String name : path.split("/")) {
            if (name.isEmpty() || name.equals(".")) continue;
            if (name.equals("..")) {
                if (names.isEmpty()) return null;
                names.removeLast();
            } else {
                names.addLast(name);
            }
        }
        return names.isEmpty() ? null : Normalizer.normalize(String.join("/", names), Normalizer.Form.NFC);
    }
}
