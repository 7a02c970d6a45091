package io.geopress.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The search index's codec: Lucene's own, but that it keeps stored fields (each article's text, for snippets)
 * uncompressed. Compressing them with LZ4 cost a tenth of a build's indexing time; stored as they are, they take more
 * disk (three times as much for the benchmark's repetitive generated text, less for real articles). Public, with a
 * public constructor, for Lucene's service loader (META-INF/services), which finds a codec by the name the index's
 * segments record.
 */
public final class SearchCodec extends FilterCodec {
    static final String NAME = "GeopressSearch1";

    /** Lucene's chunking of stored fields at its fastest setting, without the compression. */
    private final StoredFieldsFormat storedFields =
            new Lucene90CompressingStoredFieldsFormat("GeopressStoredFieldsPlain", PLAIN, 80 * 1024, 1024, 10);

    public SearchCodec() {
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    private static final CompressionMode PLAIN = new CompressionMode() {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {}
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new PlainBytes();
        }

        @Override
        public String toString() {
            return "PLAIN";
        }
    };

    private static final class PlainBytes extends Decompressor {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
            bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, offset + length);
            in.readBytes(bytes.bytes, 0, offset + length);
            bytes.offset = offset;
            bytes.length = length;
        }

        @Override
        public Decompressor clone() {
            return this;
        }
    }
}
