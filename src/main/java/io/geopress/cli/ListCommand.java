package io.geopress.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.config.SiteConfig;
import io.geopress.model.BlockFlag;
import io.geopress.model.StoredArticle;
import io.geopress.site.SiteBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the articles, newest first.")
final class ListCommand implements Callable<Integer> {
    @Mixin SiteOption site;

    @Option(names = "--json", description = "One JSON object per article (slug, status, title, path, …).")
    boolean json;

    @Override
    public Integer call() {
        SiteConfig config = site.config();
        ObjectMapper mapper = new ObjectMapper();
        Instant now = Instant.now();
        for (StoredArticle a : site.store(config).list()) {
            long untranslated = a.article().body().stream().filter(b -> b.has(BlockFlag.UNTRANSLATED)).count();
            long cut = a.article().body().stream().filter(b -> b.has(BlockFlag.CUT_TRANSLATION)).count();
            long review = a.article().body().stream().filter(b -> b.has(BlockFlag.NEEDS_REVIEW)).count();
            if (json) {
                ObjectNode o = mapper.createObjectNode();
                o.put("slug", a.slug());
                o.put("status", a.status().name().toLowerCase());
                o.put("title", a.article().title().any());
                o.put("title_en", a.article().title().en());
                o.put("path", SiteBuilder.pagePath(a.slug()));
                o.put("revision", a.latestRevision());
                o.put("published_revision", a.publishedRevision());
                o.put("published_at", a.publishedAt() == null ? null : a.publishedAt().toString());
                o.put("scheduled", a.scheduled(now));
                o.put("expires_at", a.expiresAt() == null ? null : a.expiresAt().toString());
                o.put("expired", a.expired(now));
                o.put("untranslated_blocks", untranslated);
                o.put("cut_translations", cut);
                o.put("needs_review_blocks", review);
                o.put("excerpt", a.article().excerpt());
                System.out.println(o);
            } else {
                String status = a.status().name().toLowerCase() + (a.hasUnpublishedChanges() ? "*" : "");
                List<String> notes = new ArrayList<>();
                if (a.scheduled(now)) notes.add("scheduled for " + a.publishedAt());
                if (a.expired(now)) notes.add("expired " + a.expiresAt());
                else if (a.expiresAt() != null) notes.add("expires " + a.expiresAt());
                if (untranslated > 0) notes.add(untranslated + " untranslated");
                if (review > 0) notes.add(review + " to review");
                String missing = notes.isEmpty() ? "" : "  (" + String.join(", ", notes) + ")";
                System.out.printf("%-10s r%-3d %s  %s%s%n", status, a.latestRevision(), a.slug(),
                        Terminal.line(a.article().title().any()), missing);
            }
        }
        return 0;
    }
}
