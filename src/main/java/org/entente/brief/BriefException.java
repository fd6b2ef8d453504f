package org.entente.brief;

/** A briefing pack that cannot be made; the message is one line for the user. */
public final class BriefException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BriefException(String message) {
    super(message);
  }

  public BriefException(String message, Throwable cause) {
    super(message, cause);
  }
}
