package com.aftersales.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Reads the files of the sample company from the class path ({@code sample/} in src/main/resources). */
final class SampleFiles {

    static final String FOLDER = "sample/";

    private SampleFiles() {
    }

    /** The bytes of {@code sample/<name>}, if the file exists. */
    static Optional<byte[]> read(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : SampleFiles.class.getClassLoader())
                .getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
