package io.geopress.ingest;

import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** Pages written for a test: an article with enough text around what the test puts in it to be found as content. */
final class HtmlPages {
    static final String FILLER = "<p>青溪市交通局表示，公共自行车站点在过去五年里稳步增加，市民借车的次数也随之增长，许多上班族选择骑车去地铁站换乘。</p>\n";

    private HtmlPages() {}

    /**
     * @param head what goes in the head besides the title (a canonical link, a base), possibly nothing
     * @param article the article's content, which starts on line 7, after three paragraphs of filler ({@link #line})
     */
    static Path write(Path dir, String name, String head, String article) {
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>测试页面</title>" + head + "</head>\n"
                + "<body><article><h1>测试页面</h1>\n" + FILLER.repeat(3) + article + "\n" + FILLER
                + "</article></body></html>\n";
        try {
            return Files.writeString(dir.resolve(name), page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line of the article's first line of content given to {@link #write}. */
    static int line(int lineOfArticle) {
        return 6 + lineOfArticle;
    }

    static Imported read(Path file) {
        return read(file, ImportLimits.DEFAULT);
    }

    static Imported read(Path file, ImportLimits limits) {
        List<Imported> all = new Ingest(ZoneId.of("Asia/Shanghai"), limits).read(file, null, Progress.NONE);
        if (all.size() != 1) throw new AssertionError(all.size() + " articles");
        return all.get(0);
    }

    static List<Block> blocks(Imported imported, BlockKind kind) {
        return imported.article().body().stream().filter(b -> b.kind() == kind).toList();
    }
}
