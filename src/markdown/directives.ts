/**
 * The directives a form template may use for what Markdown lacks. Each renderer implements all of them.
 *
 * - `:::appendix` … `:::`: the appendix reference block in the top-right corner.
 * - `:::fill` … `:::`: a fill-in line: `:label[…]` before it, `:value[…]` on it (blank when empty),
 *   `:caption[…]` in small type under it.
 * - `:::table{widths="5,40,…"}` around a table: relative column widths.
 * - `:::note` … `:::`: small-type notes (footnotes under a table).
 * - `:::center` … `:::`: centred paragraphs.
 * - `:merge` alone in a table cell: the cell is merged into the one on its left.
 * - `:blank`: a short blank line to fill in by hand.
 * - `:::chart` around a table: a grouped bar chart; the first column names the groups (years), the header row the
 *   series, the cells their values (decimal comma or point; empty for no value).
 */
export const containerDirectives = ['appendix', 'fill', 'table', 'note', 'center', 'chart'] as const;
export const textDirectives = ['label', 'value', 'caption', 'merge', 'blank'] as const;
export const leafDirectives = [] as const;

export type ContainerDirectiveName = (typeof containerDirectives)[number];
