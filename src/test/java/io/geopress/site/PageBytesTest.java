package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageBytesTest {
    @Test
    void textIsEncodedAsStringGetBytesEncodesIt() {
        String text = "<p>Trams 电车 café — 𠀀𝄞 emoji 😀, lone \uD800 and \uDC00 end \uD83D";
        PageBytes page = new PageBytes();
        page.writeContent(text);
        assertThat(new String(page.toByteArray(), StandardCharsets.UTF_8)).isEqualTo(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertThat(page.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rangesStaticPartsAndGrowthKeepTheOrder() {
        PageBytes page = new PageBytes();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String piece = "第" + i + "段 part " + i + " 😀;";
            page.writeContent("[" + piece + "]", 1, piece.length() + 1);
            page.writeBinaryContent("<br>".getBytes(StandardCharsets.UTF_8));
            expected.append(piece).append("<br>");
        }
        assertThat(page.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
    }
}
