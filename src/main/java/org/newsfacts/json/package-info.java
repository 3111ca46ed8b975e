/**
 * The JSON codec: {@link org.newsfacts.json.FactSheetJson} reads strictly, with every problem
 * reported by path, line and column in a {@link org.newsfacts.json.JsonReadException}, writes
 * canonically, so that equal sheets give identical bytes, reads and writes corpora as JSON Lines
 * ({@link org.newsfacts.json.BadLine} for a line that is not a valid sheet), and gives the JSON
 * Schema of the format.
 */
package org.newsfacts.json;
