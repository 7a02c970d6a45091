package io.geopress.ingest;

import io.geopress.model.LabelText;

/**
 * A Hugo section: a folder with an {@code _index.md}, whose articles (in it and below, down to a folder that is a
 * section of its own) are filed under its category, which shows the section's title and description.
 *
 * @param folder the folder's path under the content root, {@code /} between names ({@code posts/travel})
 * @param origin the {@code _index.md} file it was read from, for messages
 */
public record Section(String folder, LabelText category, String origin) {}
