package dev.sessioncontrol.client;

import java.awt.BorderLayout;
import java.awt.EventQueue;
import javax.swing.BorderFactory;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.Timer;

/**
 * A small always-on-top window with the reason and a countdown. The reason and the issuer are
 * shown in a plain text area, never in a label, because Swing labels render text that starts
 * with {@code <html>} as markup.
 */
final class SwingCountdownNotice implements TerminationNotice {
    private static final int TICK_MILLIS = 1000;

    @Override
    public void show(String reason, String issuer, int graceSeconds) {
        EventQueue.invokeLater(() -> open(reason, issuer, graceSeconds));
    }

    private static void open(String reason, String issuer, int graceSeconds) {
        JTextArea message = messageArea(reason, issuer);
        JLabel countdown = new JLabel(remaining(graceSeconds));
        JPanel panel = new JPanel(new BorderLayout(0, 12));
        panel.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        panel.add(message, BorderLayout.CENTER);
        panel.add(countdown, BorderLayout.SOUTH);

        JDialog dialog = new JDialog();
        dialog.setTitle("Session ending");
        dialog.setAlwaysOnTop(true);
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        dialog.setContentPane(panel);
        dialog.pack();
        dialog.setLocationRelativeTo(null);
        dialog.setVisible(true);

        int[] left = {graceSeconds};
        Timer timer = new Timer(TICK_MILLIS, e -> {
            left[0] = Math.max(0, left[0] - 1);
            countdown.setText(remaining(left[0]));
        });
        timer.start();
    }

    /** Returns the read-only plain-text area that shows the reason and who asked. */
    static JTextArea messageArea(String reason, String issuer) {
        JTextArea message = new JTextArea(reason + "\n\nRequested by " + issuer + ".");
        message.setEditable(false);
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setColumns(40);
        message.setOpaque(false);
        return message;
    }

    static String remaining(int seconds) {
        return "This client closes in " + seconds + " s.";
    }
}
