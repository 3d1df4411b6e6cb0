package io.wirefeed.enrich.entity;

/** Whether a text is written in capitals (a headline on the wire), where capitals say nothing about names. */
final class Capitals {

    private Capitals() {
    }

    /** Three quarters or more of its letters are capitals. */
    static boolean shouting(String text) {
        int letters = 0;
        int capitals = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                capitals += Character.isUpperCase(c) ? 1 : 0;
                // A body in ordinary case is known for one once even all its remaining characters as capitals could
                // not make three quarters: the rest of it need not be read.
                if ((capitals + length - 1 - i) * 4L < (letters + length - 1 - i) * 3L) {
                    return false;
                }
            }
        }
        return letters >= 8 && capitals * 4 >= letters * 3;
    }
}
