package org.newsfacts.compare;

import org.newsfacts.Evidence;

/** Code point offsets of a text and their UTF-16 indexes, both ways, in one pass over the text. */
final class CodePointIndex {
  private static final int STEP = 64;
  private final String text;
  private final int[] charOfPoint;
  private final int points;

  CodePointIndex(String text) {
    this.text = text;
    this.points = text.codePointCount(0, text.length());
    this.charOfPoint = new int[points / STEP + 1];
    int point = 0;
    for (int i = 0; i < text.length(); point++) {
      if (point % STEP == 0) {
        charOfPoint[point / STEP] = i;
      }
      i += Character.charCount(text.codePointAt(i));
    }
    if (point % STEP == 0) {
      charOfPoint[point / STEP] = text.length();
    }
  }

  /** {@return the char index of a code point offset, or -1 outside the text} */
  int charIndex(int point) {
    if (point < 0 || point > points) {
      return -1;
    }
    return text.offsetByCodePoints(charOfPoint[point / STEP], point % STEP);
  }

  /** {@return the code point offset of a char index} */
  int pointIndex(int charIndex) {
    int low = 0;
    int high = charOfPoint.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (charOfPoint[mid] <= charIndex) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low * STEP + text.codePointCount(charOfPoint[low], charIndex);
  }

  /** {@return the span of the text between two char indexes} */
  Evidence span(String text, int from, int to) {
    int start = pointIndex(from);
    return Evidence.of(start, start + text.codePointCount(from, to), text.substring(from, to));
  }
}
