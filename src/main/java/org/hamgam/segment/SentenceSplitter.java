package org.hamgam.segment;

import java.util.List;
import org.hamgam.model.Span;

/**
 * Finds the sentences of one paragraph, like OpenNLP's {@code SentenceDetector.sentPosDetect}: the result is a list
 * of spans into the given string, in order, not overlapping, each without surrounding whitespace, which together
 * cover every non-space character. A paragraph with no end mark is one sentence.
 */
public interface SentenceSplitter {
    List<Span> split(String paragraph);
}
