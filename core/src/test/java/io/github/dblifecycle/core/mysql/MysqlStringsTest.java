package io.github.dblifecycle.core.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MysqlStringsTest {
    /** The statement as the loader holds it: one char per byte of the file. */
    private static String raw(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void validTextIsDecodedAndBinaryLiteralsBecomeHexOfTheSameBytes() {
        String utf8 = raw("INSERT INTO t VALUES ('Müller \\' ; \uD83D\uDE00', ".getBytes(StandardCharsets.UTF_8));
        // raw bytes as mysqldump writes them: \0 and the quote escaped, the rest as is
        String binary = raw(new byte[] {
            '_',
            'b',
            'i',
            'n',
            'a',
            'r',
            'y',
            ' ',
            '\'',
            (byte) 0xFF,
            '\\',
            '0',
            '\\',
            '\'',
            (byte) 0xC3,
            '\\',
            '\\',
            '\\',
            '%',
            '\'',
            ')'
        });
        assertThat(MysqlStrings.decode(utf8 + binary, StandardCharsets.UTF_8))
                .isEqualTo("INSERT INTO t VALUES ('Müller \\' ; \uD83D\uDE00', _binary X'FF0027C35C5C25')");
    }

    @Test
    void textOutsideLiteralsInAnotherEncodingIsRefused() {
        assertThat(MysqlStrings.decode(
                        raw(new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xE9}), StandardCharsets.UTF_8))
                .isNull();
        assertThat(MysqlStrings.decode(
                        raw(new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xE9}),
                        java.nio.charset.Charset.forName("windows-1252")))
                .isEqualTo("SELECT é");
    }

    @Test
    void utf8ValidationRejectsOverlongSurrogatesAndCutSequences() {
        assertThat(MysqlStrings.validUtf8("aé€\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), 0, 10))
                .isTrue();
        assertThat(MysqlStrings.validUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2))
                .isFalse();
        assertThat(MysqlStrings.validUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3))
                .isFalse();
        assertThat(MysqlStrings.validUtf8(new byte[] {(byte) 0xE2, (byte) 0x82}, 0, 2))
                .isFalse();
    }
}
