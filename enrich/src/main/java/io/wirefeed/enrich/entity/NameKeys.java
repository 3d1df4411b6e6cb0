package io.wirefeed.enrich.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key a name is looked up by, so that it matches however agencies write it: lower case, without diacritics
 * ("Kraków" is "krakow"), apostrophes (the okina and the turned comma of Pacific names too: "Nuku‘alofa" is
 * "Nuku'alofa"), full stops or brackets ("U.S." is "us"), with hyphens and runs of spaces as one space
 * ("al-Nusra" is "al nusra"). German umlauts are also keyed as transcribed ("Düsseldorf" as "duesseldorf"), the way
 * English copy often writes them.
 */
final class NameKeys {

    private NameKeys() {
    }

    static String of(CharSequence name) {
        if (isPlainWord(name)) {
            return name.toString().toLowerCase(Locale.ROOT);
        }
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '(' || c == ')' || unkeyedApostrophe(c)) {
                continue;  // "Communist Party of India (Maoist)" is keyed as written with or without its brackets
            }
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '/') {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            if (c < 128) {
                key.append(Character.toLowerCase(c));
            } else {
                appendFolded(key, c);
            }
        }
        return key.toString();
    }

    /** An apostrophe, or an okina or a turned comma written for one ("Nuku‘alofa", "Hawaiʻi"). */
    private static boolean unkeyedApostrophe(char c) {
        return Tokens.isApostrophe(c) || c == '\u2018' || c == '\u02BB';
    }

    /** ASCII letters and digits only, as most words are: their key is their lower case. */
    private static boolean isPlainWord(CharSequence name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The transcribed key of a name with German umlauts or ß, else null. */
    static String transcribed(String name) {
        if (name.chars().noneMatch(c -> "äöüÄÖÜß".indexOf(c) >= 0)) {
            return null;
        }
        return of(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
            .replace("Ü", "Ue").replace("ß", "ss"));
    }

    private static void appendFolded(StringBuilder key, char c) {
        switch (c) {
            case 'ß' -> key.append("ss");
            case 'ø', 'Ø' -> key.append('o');
            case 'æ', 'Æ' -> key.append("ae");
            case 'đ', 'Đ' -> key.append('d');
            case 'ł', 'Ł' -> key.append('l');
            case 'ı' -> key.append('i');
            default -> {
                String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                for (int i = 0; i < plain.length(); i++) {
                    char p = plain.charAt(i);
                    if (Character.getType(p) != Character.NON_SPACING_MARK) {
                        key.append(Character.toLowerCase(p));
                    }
                }
            }
        }
    }
}
