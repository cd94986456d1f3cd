package org.hamgam.qa;

import java.util.ArrayList;
import java.util.List;

import org.hamgam.model.Issue;
import org.hamgam.model.QaPair;

/** A check that looks at one pair at a time. */
abstract class PairCheck implements Check {

    @Override
    public final List<Issue> check(List<QaPair> pairs) {
        List<Issue> out = new ArrayList<>();
        for (QaPair pair : pairs) {
            check(pair, out);
        }
        return out;
    }

    /** Adds the findings on {@code pair} to {@code out}. */
    abstract void check(QaPair pair, List<Issue> out);
}
