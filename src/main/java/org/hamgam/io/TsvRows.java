package org.hamgam.io;

import java.util.HashMap;
import java.util.Map;

/**
 * The rows of one TSV under its header, refused when their shape is wrong: a row with more or fewer cells than the
 * header names (a tab typed inside a cell, or one lost, shifts every later column) and an id a row already used
 * (which of the two is meant cannot be told). Columns the header names beyond the ones a reader wants are fine.
 * A cell's text is read as the review table writes it ({@link TsvWriter#escape}), whichever command reads it.
 */
final class TsvRows {
    private final String file;
    private final int width;
    private final Map<String, Integer> idLines = new HashMap<>();

    TsvRows(String file, int width) {
        this.file = file;
        this.width = width;
    }

    /** One row's cells as written in the file. */
    record Cells(String[] written) {
        /** Cell {@code index} with the review table's {@code \t}, {@code \n}, {@code \r} and {@code \\} undone. */
        String text(int index) {
            return TsvWriter.unescape(written[index]);
        }

        /** The 1-based column where cell {@code index} starts in the file's line. */
        int column(int index) {
            return TsvRows.column(written, index);
        }
    }

    /** The cells of {@code line}, which is line {@code number} of the file. */
    Cells cells(int number, String line) throws MalformedFileException {
        String[] cells = line.split("\t", -1);
        if (cells.length != width) {
            // Where the row parts from the header: the first cell too many, or the end of a short row.
            int column = cells.length > width ? column(cells, width) : line.length() + 1;
            throw new MalformedFileException(file, number, column, cells.length + " tab-separated cells where the header "
                    + "has " + width + " (a tab inside a cell, or one missing?)");
        }
        return new Cells(cells);
    }

    private static int column(String[] cells, int index) {
        int column = 1;
        for (int c = 0; c < index; c++) {
            column += cells[c].length() + 1;
        }
        return column;
    }

    /** Records the id of line {@code number}; an id an earlier line has is refused. */
    void id(int number, String id, int column) throws MalformedFileException {
        Integer first = idLines.putIfAbsent(id, number);
        if (first != null) {
            throw new MalformedFileException(file, number, column,
                    "the id \"" + id + "\" is used twice (first on line " + first + ")");
        }
    }
}
