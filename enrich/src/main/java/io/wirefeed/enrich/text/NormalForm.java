package io.wirefeed.enrich.text;

import java.util.Locale;

/**
 * The form in which topic rules and duplicate fingerprints compare texts: lower case, letters and digits only,
 * every run of anything else a single space, no space at either end. A {@code *} is kept, as rules use it for
 * "any ending".
 */
public final class NormalForm {

    private NormalForm() {
    }

    public static String of(String text) {
        char[] out = new char[text.length()];
        int length = 0;
        boolean space = true;
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '*') {
                out[length++] = Character.toLowerCase(c);
                ascii &= c < 128;
                space = false;
            } else if (!space) {
                out[length++] = ' ';
                space = true;
            }
        }
        if (space && length > 0) {
            length--;
        }
        String normal = new String(out, 0, length);
        // Lower case by character and then by string, as rules were always compared; the second pass can
        // change only text outside ASCII.
        return ascii ? normal : normal.toLowerCase(Locale.ROOT);
    }

}
