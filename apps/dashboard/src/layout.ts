/**
 * The window width up to which a view's chart and evidence columns stack (`.split` in styles.css):
 * what the page must then put first in its order, not only draw first, follows it in code.
 */
export const STACKED = "(max-width: 1000px)";
