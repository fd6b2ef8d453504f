package org.entente.party;

/**
 * A state (ISO 3166-1 alpha-3) or an organisation (EU, ECOWAS, …), with the name tables show for it and, for a
 * state, its UN M49 sub-region ("Western Africa"; empty for an organisation).
 */
public record Party(String code, String name, boolean organisation, String region) {}
