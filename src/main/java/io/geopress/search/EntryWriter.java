package io.geopress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/** SearchIndex.Writer on Lucene's IndexWriter: an article a document, its text in both languages' fields. */
final class EntryWriter implements SearchIndex.Writer {
    /**
     * Searched text keeps no word positions: queries are never phrases (the query text is escaped, so quotes are
     * words), and snippets are found by analysing the stored text again. Positions would make indexing slower, and
     * Lucene takes the index's term counts (CountingTokenizer) only for a field without them.
     */
    private static final FieldType WORDS = words(false);
    private static final FieldType STORED_WORDS = words(true);

    private final Directory directory;
    private final IndexWriter writer;

    private EntryWriter(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    private static FieldType words(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    static EntryWriter open(Path dir, IndexWriterConfig.OpenMode mode) {
        try {
            // a build writes the whole index at once: a large buffer saves flushes and merges
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setNoCFSRatio(0); // packing files into a compound file would write every segment twice
            IndexWriterConfig config = new IndexWriterConfig(SearchIndex.indexAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(256)
                    .setUseCompoundFile(false).setMergePolicy(merges).setCodec(new SearchCodec());
            Directory directory = unsynced(FSDirectory.open(dir));
            return new EntryWriter(directory, new IndexWriter(directory, config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index in memory, thrown away when closed. */
    static EntryWriter inMemory() {
        try {
            Directory memory = new ByteBuffersDirectory();
            return new EntryWriter(memory, new IndexWriter(memory, new IndexWriterConfig(SearchIndex.indexAnalyzer()).setCodec(new SearchCodec())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A build's index is written like its pages: not forced to disk file by file (Lucene's commit otherwise syncs
     * every file it wrote), since a build that does not finish is thrown away whole.
     */
    private static Directory unsynced(FSDirectory directory) {
        return new FilterDirectory(directory) {
            @Override
            public void sync(Collection<String> names) {}

            @Override
            public void syncMetaData() {}
        };
    }

    @Override
    public void add(SearchIndex.Entry e) {
        Document doc = new Document();
        // the slug identifies the document (updateDocument makes re-indexing repeatable); not searched
        doc.add(new StringField("slug", e.slug(), Field.Store.YES));
        doc.add(new StoredField("url", e.url()));
        doc.add(new StoredField("title", e.title()));
        doc.add(new Field("title_zh", e.title(), WORDS));
        doc.add(new Field("title_en", e.title(), WORDS));
        doc.add(new Field("zh", e.zh(), STORED_WORDS));
        doc.add(new Field("en", e.en(), STORED_WORDS));
        try {
            writer.updateDocument(new Term("slug", e.slug()), doc);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void remove(String slug) {
        try {
            writer.deleteDocuments(new Term("slug", slug));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public void close() {
        try (directory; writer) {
            flushSideBySide();
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes out the documents the build's two threads buffered, each buffer on a thread of its own: commit would
     * write them one after the other, while the rest of the build has finished and a core has nothing to do.
     */
    private void flushSideBySide() throws IOException {
        Future<Boolean> other = ForkJoinPool.commonPool().submit(writer::flushNextBuffer);
        writer.flushNextBuffer();
        try {
            other.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
