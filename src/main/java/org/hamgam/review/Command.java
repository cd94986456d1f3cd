package org.hamgam.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hamgam.model.Review;

/**
 * A request to change a document, as the API receives it and the journal keeps it: an {@link Edit}, or
 * {@code undo} / {@code redo} (then {@code edit} is null).
 */
record Command(String op, Edit edit) {
    static final String UNDO = "undo";
    static final String REDO = "redo";

    /** Reads {@code {"op": …, "bead": …, …}}; a missing or wrong field is an {@link EditException} naming it. */
    static Command parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new EditException("the body must be a JSON object such as {\"version\": 3, \"op\": \"merge\", \"bead\": 0}");
        }
        String op = json.path("op").asText("");
        return switch (op) {
            case UNDO, REDO -> new Command(op, null);
            case "merge" -> new Command(op, new Edit.Merge(bead(json)));
            case "split" -> new Command(op, new Edit.Split(bead(json), Side.parse(text(json, "side")), integer(json, "at")));
            case "move" -> new Command(op, new Edit.Move(bead(json), Side.parse(text(json, "side")), next(json)));
            case "no-counterpart" -> new Command(op, new Edit.NoCounterpart(bead(json), Side.parse(text(json, "side"))));
            case "edit" -> new Command(op, new Edit.EditTarget(bead(json), text(json, "target")));
            case "accept" -> new Command(op, new Edit.Decide(bead(json), Review.State.ACCEPTED));
            case "reject" -> new Command(op, new Edit.Decide(bead(json), Review.State.REJECTED));
            default -> throw new EditException("unknown op " + Side.quote(json.path("op").isMissingNode() ? null : op)
                    + ": use merge, split, move, no-counterpart, edit, accept, reject, undo or redo");
        };
    }

    /** The command as the journal writes it, the same shape {@link #parse} reads. */
    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("op", op);
        if (edit instanceof Edit.Merge m) {
            node.put("bead", m.bead());
        } else if (edit instanceof Edit.Split s) {
            node.put("bead", s.bead()).put("side", s.side().label()).put("at", s.at());
        } else if (edit instanceof Edit.Move m) {
            node.put("bead", m.bead()).put("side", m.side().label()).put("to", m.toNext() ? "next" : "previous");
        } else if (edit instanceof Edit.NoCounterpart n) {
            node.put("bead", n.bead()).put("side", n.side().label());
        } else if (edit instanceof Edit.EditTarget e) {
            node.put("bead", e.bead()).put("target", e.text());
        } else if (edit instanceof Edit.Decide d) {
            node.put("bead", d.bead());
        }
        return node;
    }

    private static int bead(JsonNode json) {
        return integer(json, "bead");
    }

    private static int integer(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new EditException("\"" + field + "\" must be a whole number for op \"" + json.path("op").asText() + "\"");
        }
        return value.intValue();
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new EditException("\"" + field + "\" must be a string for op \"" + json.path("op").asText() + "\"");
        }
        return value.textValue();
    }

    private static boolean next(JsonNode json) {
        String to = text(json, "to");
        return switch (to) {
            case "next" -> true;
            case "previous" -> false;
            default -> throw new EditException("\"to\" must be \"previous\" or \"next\", not \"" + to + "\"");
        };
    }
}
