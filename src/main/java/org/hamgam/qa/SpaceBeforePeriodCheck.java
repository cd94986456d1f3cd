package org.hamgam.qa;

import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;
import org.hamgam.model.Severity;
import org.hamgam.text.Letters;

/**
 * A space before the target's final period ("the drones arrived ."): a slip that CAT tools and Persian typing
 * habits leave behind, since a Persian editor spaces around punctuation differently. An ellipsis or a lone period is
 * not one. The suggestion is the period without the space.
 */
final class SpaceBeforePeriodCheck extends PairCheck {
    static final String CODE = "space-before-period";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        String target = pair.target();
        int end = target.length();
        while (end > 0 && Letters.isSpaceOrZwsp(target.charAt(end - 1))) {
            end--;
        }
        if (end < 3 || target.charAt(end - 1) != '.' || target.charAt(end - 2) == '.') {
            return;
        }
        int space = end - 1;
        while (space > 0 && Letters.isSpaceOrZwsp(target.charAt(space - 1))) {
            space--;
        }
        if (space == end - 1 || space == 0 || target.charAt(space - 1) == '.') {
            return;
        }
        out.add(new Issue(CODE, Severity.WARNING, pair.id(), space, end, "A space before the final period.", "."));
    }
}
