package com.aftersales.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two bundles of texts people read hold the same keys, and each text is written as {@link Text} shows it: a
 * text with arguments goes through MessageFormat (a quote doubled, braces quoted), one without is shown as written.
 */
class TextBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextBundlesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("texts_zh_CN.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("texts.properties").stringPropertyNames()));
    }

    @Test
    void quotesAreWrittenAsTheTextIsShown() throws IOException {
        for (String name : new String[] {"texts.properties", "texts_zh_CN.properties"}) {
            Properties p = bundle(name);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (ARGUMENT.matcher(text).find()) {
                    assertThat(text.replace("''", "").replace("'{'", "").replace("'}'", ""))
                            .as(name + " " + key + ": a single quote in a text with arguments is written ''")
                            .doesNotContain("'");
                } else {
                    assertThat(text).as(name + " " + key + ": a text without arguments is shown as written")
                            .doesNotContain("''").doesNotContain("'{'");
                }
            }
        }
    }
}
