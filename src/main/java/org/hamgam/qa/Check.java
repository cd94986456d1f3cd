package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;

/**
 * One quality check over the pairs of a document (or a whole run), in the manner of a LanguageTool rule: a stable
 * code and findings with offsets. Checks see all pairs at once so that document-level checks ({@code length},
 * {@code inconsistent}) can learn from, and compare across, the whole document.
 */
public interface Check {

    /** The stable code of the findings, e.g. {@code number}. */
    String code();

    /** The findings on {@code pairs}, in pair order. */
    List<Issue> check(List<QaPair> pairs);
}
