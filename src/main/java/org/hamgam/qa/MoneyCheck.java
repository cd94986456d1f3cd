package org.hamgam.qa;

import org.hamgam.model.QaPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hamgam.model.Issue;
import org.hamgam.model.Severity;
import org.hamgam.qa.Currencies.Currency;
import org.hamgam.qa.Numbers.Num;
import org.hamgam.text.Letters;

/**
 * A currency of the source that the target does not name by its word, symbol or code ({@link Currencies}): a
 * warning, or an error when the target names another currency instead (€ for دلار). The suggestion is the amount
 * as English writes it when the source gives one before the currency ($120 million for ۱۲۰ میلیون دلار), else
 * the currency's word.
 */
final class MoneyCheck extends PairCheck {
    static final String CODE = "currency";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    void check(QaPair pair, List<Issue> out) {
        if (Letters.isBlank(pair.target())) {
            return;
        }
        List<Currencies.Mention> found = Currencies.inPersian(pair.source());
        if (found.isEmpty()) {
            return;
        }
        String lower = pair.target().toLowerCase(Locale.ROOT);
        List<Currency> seen = new ArrayList<>(found.size());
        for (Currencies.Mention m : found) {
            seen.add(m.currency());
        }
        List<Currency> reported = new ArrayList<>(1);
        for (Currencies.Mention m : found) {
            Currency c = m.currency();
            if (reported.contains(c) || Currencies.rendered(c, lower)) {
                continue;
            }
            reported.add(c);
            Currency instead = null;
            for (Currency other : Currencies.ALL) {
                if (!seen.contains(other) && Currencies.rendered(other, lower)) {
                    instead = other;
                    break;
                }
            }
            String shown = pair.source().substring(m.start(), m.end());
            String message = "The currency \"" + shown + "\" of the source is not in the target"
                    + (instead == null ? "." : ", which names " + instead.name() + " instead.");
            out.add(new Issue(CODE, instead == null ? Severity.WARNING : Severity.ERROR, pair.id(), -1, -1, message,
                    suggestion(pair.source(), m, c)));
        }
    }

    /** The amount before the currency word in English form with the currency ($120 million), or its word. */
    private static String suggestion(String source, Currencies.Mention m, Currency c) {
        Num amount = null;
        for (Num n : Numbers.find(source, true)) {
            if (n.end() <= m.start() && Letters.isBlank(source.substring(n.end(), m.start())) && !n.code()) {
                amount = n;
            }
        }
        if (amount == null) {
            return c.name();
        }
        String figure = EnglishAmount.grouped(amount.value());
        return switch (c.name()) {
            case "dollars" -> "$" + figure;
            case "euros" -> "€" + figure;
            case "pounds" -> "£" + figure;
            default -> figure + " " + c.name();
        };
    }
}
