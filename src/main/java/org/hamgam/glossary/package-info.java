/**
 * Term bases and term matching. {@link org.hamgam.glossary.GlossaryReader} reads OmegaT TSV, CSV (including the
 * TICO-19 term lists) and TBX v2/v3 into an immutable {@link org.hamgam.glossary.Glossary} of
 * {@link org.hamgam.model.Term}s ({@code org.hamgam.io.TbxWriter} and {@code GlossaryTsvWriter} write them);
 * {@link org.hamgam.glossary.TermMatcher} finds a glossary's
 * terms in Persian text however it is written, and their English in English text;
 * {@link org.hamgam.io.MatchReport} formats the {@code glossary match} output. Nothing here reads files:
 * {@code org.hamgam.pipeline.GlossaryFiles} opens them.
 */
package org.hamgam.glossary;
