package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrSegment;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrCodeTest {
    private static final io.nayuki.qrcodegen.QrCode.Ecc M = io.nayuki.qrcodegen.QrCode.Ecc.MEDIUM;

    @Test
    void itsCodewordsMakeTheCodeTheLibrarysOwnEncoderMakesAtEveryVersion() {
        Random random = new Random(7);
        int checked = 0;
        for (int length = 0; length <= 2331; length += length < 300 ? 1 : 37) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            io.nayuki.qrcodegen.QrCode expected = io.nayuki.qrcodegen.QrCode.encodeSegments(List.of(QrSegment.makeBytes(data)), M, 1, 40, 0, false);
            int version = QrCode.version(length);
            assertThat(version).as("version for %d bytes", length).isEqualTo(expected.version);
            io.nayuki.qrcodegen.QrCode actual = new io.nayuki.qrcodegen.QrCode(version, M, QrCode.dataCodewords(data, version), 0);
            assertThat(modules(actual)).as("modules for %d bytes", length).isEqualTo(modules(expected));
            checked++;
        }
        assertThat(checked).isGreaterThan(350);
    }

    @Test
    void eachVersionHoldsAsManyBytesAsTheLibrarySays() {
        int length = 0;
        for (int version = 1; version <= 40; version++) {
            while (QrCode.version(length + 1) == version) length++;
            assertThat(fits(length, version)).as("%d bytes in version %d", length, version).isTrue();
            assertThat(fits(length + 1, version)).as("%d bytes in version %d", length + 1, version).isFalse();
        }
        assertThat(length).isEqualTo(2331);
        assertThat(QrCode.version(2332)).isEqualTo(-1);
        assertThatThrownBy(() -> QrCode.png("x".repeat(2332)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2332 bytes, and at most 2331 fit");
    }

    private static boolean fits(int length, int version) {
        try {
            io.nayuki.qrcodegen.QrCode.encodeSegments(List.of(QrSegment.makeBytes(new byte[length])), M, version, version, 0, false);
            return true;
        } catch (DataTooLongException e) {
            return false;
        }
    }

    private static boolean[] modules(io.nayuki.qrcodegen.QrCode code) {
        boolean[] modules = new boolean[code.size * code.size];
        for (int y = 0; y < code.size; y++) for (int x = 0; x < code.size; x++) modules[y * code.size + x] = code.getModule(x, y);
        return modules;
    }
}
