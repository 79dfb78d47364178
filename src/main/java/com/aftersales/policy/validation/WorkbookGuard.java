package com.aftersales.policy.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at an uploaded {@code .drl.xlsx} before any spreadsheet library opens it: is it an .xlsx at
 * all (not text, an old .xls, an .ods or a password-protected workbook), and does it unpack to a sane
 * size (a zip bomb is refused as too large).
 */
final class WorkbookGuard {

    /** How much an .xlsx may unpack to, in bytes. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;
    /** How many times its packed size a large .xlsx may unpack to. */
    static final long MAX_RATIO = 100;

    private WorkbookGuard() {
    }

    /** Why the file cannot be opened as a workbook. */
    static final class Refused extends Exception {
        private final boolean tooLarge;
        private final transient com.aftersales.problem.Text text;

        Refused(com.aftersales.problem.Text text, boolean tooLarge) {
            super(text.en(), null, false, false);
            this.text = text;
            this.tooLarge = tooLarge;
        }

        com.aftersales.problem.Text text() {
            return text;
        }

        boolean tooLarge() {
            return tooLarge;
        }
    }

    static void check(String name, byte[] bytes) throws Refused {
        if (bytes.length == 0) {
            throw new Refused(com.aftersales.problem.Text.of("workbook.empty", name), false);
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            zip(name, bytes);
            return;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new Refused(ole2(name, bytes), false);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1);
        String what = head.startsWith("%PDF") ? "workbook.pdf" : looksLikeText(bytes) ? "workbook.text" : "workbook.other";
        throw new Refused(com.aftersales.problem.Text.of("workbook.notSpreadsheet", name, com.aftersales.problem.Text.of(what)), false);
    }

    private static void zip(String name, byte[] bytes) throws Refused {
        long total = 0;
        boolean workbook = false;
        boolean ods = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                workbook |= e.getName().equals("xl/workbook.xml");
                ods |= e.getName().equals("content.xml");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED || (total > 4L * 1024 * 1024 && total > MAX_RATIO * bytes.length)) {
                        throw new Refused(com.aftersales.problem.Text.of("workbook.bomb", name, Math.min(MAX_UNPACKED, total) / 1024 / 1024,
                                bytes.length / 1024), true);
                    }
                }
            }
        } catch (IOException e) {
            throw new Refused(com.aftersales.problem.Text.of("workbook.damaged", name, e.getMessage()), false);
        }
        if (!workbook) {
            throw new Refused(com.aftersales.problem.Text.of(ods ? "workbook.ods" : "workbook.zip", name), false);
        }
    }

    private static com.aftersales.problem.Text ole2(String name, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes); POIFSFileSystem fs = new POIFSFileSystem(in)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return com.aftersales.problem.Text.of("workbook.encrypted", name);
            }
            return com.aftersales.problem.Text.of("workbook.xls", name);
        } catch (IOException | RuntimeException e) {
            return com.aftersales.problem.Text.of("workbook.unreadable", name, e.getMessage());
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 512); i++) {
            int c = b[i] & 0xFF;
            if (c < 9 || (c > 13 && c < 32)) {
                return false;
            }
        }
        return true;
    }
}
