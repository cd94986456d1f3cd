package org.hamgam.segment;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Properties;
import opennlp.tools.sentdetect.SentenceModel;

/** Loads the sentence models from the classpath once, on first use. */
final class Models {
    /** The Persian model trained by {@link PersianSentenceModelTrainer}, shipped next to this class. */
    static final String PERSIAN_RESOURCE = "fa-sent.bin";

    private Models() {
    }

    static SentenceModel persian() {
        return PersianHolder.MODEL;
    }

    static SentenceModel english() {
        return EnglishHolder.MODEL;
    }

    private static final class PersianHolder {
        static final SentenceModel MODEL = load(Models.class.getResource(PERSIAN_RESOURCE), PERSIAN_RESOURCE);
    }

    private static final class EnglishHolder {
        static final SentenceModel MODEL = load(englishModelUrl(), "English sentence model");
    }

    /**
     * The published English model jar names its model file in a {@code model.properties} at its root; the name
     * carries the version, so it is looked up rather than hard-coded.
     */
    private static URL englishModelUrl() {
        ClassLoader loader = Models.class.getClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources("model.properties"))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(in);
                }
                String name = properties.getProperty("model.name", "");
                if ("en".equals(properties.getProperty("model.language")) && name.contains("sentence")) {
                    URL model = loader.getResource(name);
                    if (model != null) {
                        return model;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look up the English sentence model", e);
        }
        throw new IllegalStateException("no English sentence model on the classpath "
                + "(org.apache.opennlp:opennlp-models-sentdetect-en)");
    }

    private static SentenceModel load(URL url, String what) {
        if (url == null) {
            throw new IllegalStateException("missing " + what);
        }
        try (InputStream in = new BufferedInputStream(url.openStream())) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + what, e);
        }
    }
}
