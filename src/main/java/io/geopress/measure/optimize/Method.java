package io.geopress.measure.optimize;

import java.util.Locale;

/**
 * The GEO paper's rewrite methods (GEO.md §1) that geopress offers, grounded: none may add a figure, a quotation or a
 * source the article lacks. {@link #FAQ} and {@link #BLUF} are enrichment's steps with prompts written for answer
 * engines; {@link #STRUCTURE}, {@link #FAQ} and {@link #BLUF} also work offline, by extraction.
 */
public enum Method {
    QUOTES("Where the article reports what a person or body said, turn it into a direct quotation, word for word as the "
            + "article gives it, with who said it. Quote only words the article itself puts in quotation marks."),
    STATS("Where the article gives figures, state them precisely and early in their sentence, and put the figure the "
            + "article gives in place of vague wording (many, sharply). Use no figure the article does not give."),
    CITE("Name the source of each claim as the article names it (the agency, report, study, person or publication), "
            + "for instance \"according to ...\". Name no source the article does not name."),
    FLUENCY("Make the text fluent and easy to read: shorter sentences, plain words, a clear order. Keep every fact, "
            + "figure, name and quotation."),
    STRUCTURE("Reorganise for answer engines: a heading that is not a question becomes the question its section answers; "
            + "a long paragraph is split where its subject changes; an enumeration in running text becomes list items. "
            + "Keep the wording otherwise."),
    FAQ(""),
    BLUF("");

    private final String instruction;

    Method(String instruction) {
        this.instruction = instruction;
    }

    /** What the prompt asks of the model for a rewrite of the body; empty for FAQ and BLUF. */
    String instruction() {
        return instruction;
    }

    /** Whether the method works without a model (by extraction). */
    public boolean offline() {
        return this == STRUCTURE || this == FAQ || this == BLUF;
    }

    boolean rewritesBody() {
        return this != FAQ && this != BLUF;
    }

    /** The name on the command line and in a revision's reason: {@code quotes}, {@code stats}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
