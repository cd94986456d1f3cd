package org.hamgam.draft;

import java.util.List;
import org.hamgam.model.TermHit;

/** One segment to translate, with the document's preceding segments and the glossary terms it must keep. */
record MtRequest(String text, List<String> context, List<TermHit> constraints) {
    MtRequest {
        context = List.copyOf(context);
        constraints = List.copyOf(constraints);
    }
}
