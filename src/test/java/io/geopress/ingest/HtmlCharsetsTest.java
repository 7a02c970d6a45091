package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How {@link Charsets} decides, on bytes alone; {@link HtmlEncodedPagesTest} imports whole encoded pages. */
class HtmlCharsetsTest {
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset GBK = Charset.forName("GBK");
    private static final String SIMPLIFIED = "<p>青溪有轨电车的夜班车每二十分钟一班。</p>";
    private static final String TRADITIONAL = "<p>臺灣鐵路的運茶小火車每天清晨出發。</p>";

    @Test
    void byteOrderMarkOutranksEveryDeclaration() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("<meta charset=\"big5\">" + SIMPLIFIED).getBytes(StandardCharsets.UTF_8));

        Charsets.Decoded decoded = Charsets.decode(bytes, "text/html; charset=gbk");

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.origin()).isEqualTo(Charsets.Origin.BOM);
        assertThat(decoded.text()).isEqualTo("<meta charset=\"big5\">" + SIMPLIFIED);
    }

    @Test
    void utf16ByteOrderMarksAreHonoured() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TRADITIONAL.getBytes(StandardCharsets.UTF_16BE));

        assertThat(Charsets.decode(le).text()).isEqualTo(SIMPLIFIED);
        assertThat(Charsets.decode(be).text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void httpHeaderOutranksTheMetaTag() {
        byte[] bytes = ("<meta charset=\"gbk\">" + TRADITIONAL).getBytes(BIG5);

        Charsets.Decoded decoded = Charsets.decode(bytes, "text/html; charset=\"Big5\"");

        assertThat(decoded.origin()).isEqualTo(Charsets.Origin.HTTP_HEADER);
        assertThat(decoded.text()).endsWith(TRADITIONAL);
    }

    @Test
    void declaredGb2312AndGbkAreReadAsGb18030() {
        assertThat(Charsets.forLabel("GB2312")).isEqualTo(Charsets.GB18030);
        assertThat(Charsets.forLabel(" gbk ")).isEqualTo(Charsets.GB18030);
        assertThat(Charsets.decode("<meta charset=gb2312>臺灣".getBytes(GBK)).text())
                .as("GBK characters outside GB2312 still decode").endsWith("臺灣");
    }

    @Test
    void charsetInAnHttpEquivMetaTagIsFound() {
        byte[] bytes = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">" + TRADITIONAL)
                .getBytes(BIG5);

        Charsets.Decoded decoded = Charsets.decode(bytes);

        assertThat(decoded.origin()).isEqualTo(Charsets.Origin.META);
        assertThat(decoded.text()).endsWith(TRADITIONAL);
    }

    @Test
    void declarationInsideAnHtmlCommentIsIgnored() {
        byte[] bytes = ("<!-- <meta charset=big5> -->" + SIMPLIFIED.repeat(5)).getBytes(GBK);

        Charsets.Decoded decoded = Charsets.decode(bytes);

        assertThat(decoded.origin()).isEqualTo(Charsets.Origin.DETECTED);
        assertThat(decoded.charset()).isEqualTo(Charsets.GB18030);
    }

    @Test
    void unknownDeclaredCharsetFallsBackToDetectionWithANote() {
        byte[] bytes = ("<meta charset=\"klingon-8\">" + TRADITIONAL.repeat(5)).getBytes(BIG5);

        Charsets.Decoded decoded = Charsets.decode(bytes);

        assertThat(decoded.charset()).isEqualTo(Charsets.BIG5);
        assertThat(decoded.notes()).containsExactly("the page declares the unknown charset 'klingon-8'; detecting it instead");
    }

    @Test
    void declarationContradictedByUtf8BytesGivesWayWithANote() {
        byte[] bytes = ("<meta charset=\"gb2312\">" + SIMPLIFIED).getBytes(StandardCharsets.UTF_8);

        Charsets.Decoded decoded = Charsets.decode(bytes);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).endsWith(SIMPLIFIED);
        assertThat(decoded.notes()).containsExactly("the page declares gb2312 but the bytes are UTF-8; read as UTF-8");
    }

    @Test
    void pageWithNothingToGoOnIsUtf8() {
        Charsets.Decoded decoded = Charsets.decode("<p>Night trams every twenty minutes.</p>".getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.notes()).isEmpty();
    }

    @Test
    void shortUndeclaredChineseIsReadByTheCharsetGivingMoreCommonCharacters() {
        // Too short for the statistical detector, which calls such GBK bytes KOI8-R.
        assertThat(Charsets.detect("有轨电车".getBytes(GBK))).isEqualTo(Charsets.GB18030);
        assertThat(Charsets.detect("臺灣鐵路".getBytes(BIG5))).isEqualTo(Charsets.BIG5);
    }

    @Test
    void big5BytesAreNotReadAsGb18030AlthoughGb18030DecodesThemWithoutError() {
        byte[] big5 = TRADITIONAL.getBytes(BIG5);
        assertThat(new String(big5, Charsets.GB18030)).as("the trap").doesNotContain("\uFFFD").isNotEqualTo(TRADITIONAL);

        ChineseGuess guess = ChineseGuess.of(big5);

        assertThat(guess.charset()).isEqualTo(Charsets.BIG5);
        assertThat(guess.share()).isGreaterThan(0.9);
    }

    @Test
    void gbBytesAreNotReadAsBig5() {
        ChineseGuess guess = ChineseGuess.of(SIMPLIFIED.getBytes(GBK));

        assertThat(guess.charset()).isEqualTo(Charsets.GB18030);
        assertThat(guess.share()).isGreaterThan(0.9);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
