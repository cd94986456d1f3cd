package org.hamgam.spark;

import java.io.Serializable;

/**
 * A document of the batch as executors receive it: its files' names in the input folder, and their paths as the
 * index names them.
 */
record Task(String name, String persianFile, String persianShown, String englishFile, String englishShown)
        implements Serializable {
}
